/** Server profiles: one labelled table of switches per server, through which every version difference reaches the rules and the reports. */
package dev.innosim.profile;
