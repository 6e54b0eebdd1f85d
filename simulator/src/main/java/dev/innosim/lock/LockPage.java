package dev.innosim.lock;

import dev.innosim.index.RecordLocks;
import java.util.Arrays;

/**
 * The record lock structs on one page-like group of {@link dev.innosim.index.IndexTree#LOCK_PAGE_SIZE}
 * records of an index, each as its bitmap there ({@link LockBits}), in queue order (InnoDB's lock
 * hash cell of a page); mutable, single-threaded.
 */
final class LockPage implements RecordLocks {
  LockBits[] bits = new LockBits[2];
  int size;

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  /** The bitmap of {@code s} here, or null. */
  LockBits find(LockStruct s) {
    for (int i = 0; i < size; i++) if (bits[i].struct == s) return bits[i];
    return null;
  }

  /** Adds a bitmap at its place in queue order (by {@link LockStruct#order}, later ones last among equals). */
  void insert(LockBits b) {
    if (size == bits.length) bits = Arrays.copyOf(bits, size * 2);
    int i = size;
    long o = b.struct.order;
    while (i > 0 && bits[i - 1].struct.order > o) {
      bits[i] = bits[i - 1];
      i--;
    }
    bits[i] = b;
    size++;
  }

  void remove(LockBits b) {
    for (int i = 0; i < size; i++) {
      if (bits[i] == b) {
        System.arraycopy(bits, i + 1, bits, i, size - i - 1);
        bits[--size] = null;
        return;
      }
    }
  }

  /** The union of the bits of the waiting structs here. */
  long waitingBits() {
    long w = 0;
    for (int i = 0; i < size; i++) if (bits[i].struct.waiting) w |= bits[i].bits;
    return w;
  }
}
