package org.parallax.features;

/**
 * A map from 64-bit term fingerprints to int values in two flat arrays (open addressing, linear probing): no
 * boxed keys or entries. Looked up for every token and token pair of the corpus, twice.
 */
final class LongIntMap implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private static final int ABSENT = -1;
  private long[] keys;
  private int[] values;
  private boolean[] used;
  private int size;

  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    used = new boolean[capacity];
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or -1 when it has none. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    return ABSENT;
  }

  boolean contains(long key) {
    return get(key) != ABSENT;
  }

  /** Sets {@code key} to {@code value} (not negative) unless it has a value; returns whether it was added. */
  boolean putIfAbsent(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("values are not negative: " + value);
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    for (; used[i]; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return false;
      }
    }
    used[i] = true;
    keys[i] = key;
    values[i] = value;
    size++;
    return true;
  }

  private static int slot(long key, int mask) {
    return (int) (key ^ (key >>> 32)) & mask; // the keys are fingerprints: their bits are already mixed
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    used = new boolean[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        putIfAbsent(oldKeys[i], oldValues[i]);
      }
    }
  }
}
