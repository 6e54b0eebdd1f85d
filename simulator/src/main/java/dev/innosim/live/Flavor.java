package dev.innosim.live;

/** Which server family a live server is: MariaDB or MySQL (where they report locks differently). */
public enum Flavor { MARIADB, MYSQL }
