/** Server profiles: the small records of switches through which version differences reach the rules. */
package dev.innosim.profile;
