package dev.innosim.lock;

/**
 * The bits one record lock struct sets on one page-like group of records (bit {@code i} =
 * slot {@code page * 64 + i}); mutable, single-threaded.
 */
final class LockBits {
  final LockStruct struct;
  final int page;
  long bits;

  LockBits(LockStruct struct, int page) {
    this.struct = struct;
    this.page = page;
  }
}
