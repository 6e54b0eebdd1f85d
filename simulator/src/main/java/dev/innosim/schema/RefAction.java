package dev.innosim.schema;

/** A foreign key's ON DELETE / ON UPDATE action; InnoDB treats NO_ACTION like RESTRICT. */
public enum RefAction { RESTRICT, NO_ACTION, CASCADE, SET_NULL }
