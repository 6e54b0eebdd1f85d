package dev.innosim.live;

/**
 * A live server could not be used at all (unreachable, refused the account, lacks a privilege, not
 * InnoDB, too old) or broke during a run: one line saying what, never the password; the command
 * reports it and exits 2.
 */
public final class LiveFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LiveFailure(String message) {
    super(message, null, false, false);
  }
}
