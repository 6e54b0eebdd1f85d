package dev.innosim.lock;

import dev.innosim.index.RecordLocks;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The lock queue of one record: a list that stores its first lock inline, so the common record
 * with one lock costs one small object; mutable, single-threaded.
 */
final class LockQueue extends AbstractList<LockStruct> implements RandomAccess, RecordLocks {
  private LockStruct first;
  private LockStruct[] rest;
  private int size;

  @Override
  public LockStruct get(int i) {
    if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
    return i == 0 ? first : rest[i - 1];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void add(int index, LockStruct s) {
    if (index < 0 || index > size) throw new IndexOutOfBoundsException(index);
    if (size >= 1) {
      if (rest == null) rest = new LockStruct[2];
      else if (size - 1 == rest.length) rest = Arrays.copyOf(rest, rest.length * 2);
    }
    // shift [index, size) one to the right
    for (int i = size; i > index; i--) set0(i, get(i - 1));
    set0(index, s);
    size++;
    modCount++;
  }

  @Override
  public LockStruct remove(int index) {
    LockStruct old = get(index);
    for (int i = index; i < size - 1; i++) set0(i, get(i + 1));
    set0(size - 1, null);
    size--;
    modCount++;
    return old;
  }

  @Override
  public LockStruct set(int i, LockStruct s) {
    LockStruct old = get(i);
    set0(i, s);
    return old;
  }

  private void set0(int i, LockStruct s) {
    if (i == 0) first = s;
    else rest[i - 1] = s;
  }
}
