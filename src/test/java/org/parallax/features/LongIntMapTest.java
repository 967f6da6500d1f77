package org.parallax.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntMapTest {
  @Test
  void holdsWhatAHashMapHoldsThroughGrowth() {
    Random random = new Random(7);
    LongIntMap ours = new LongIntMap(4);
    Map<Long, Integer> theirs = new HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      // few distinct keys at first (repeats), then many; 0 and negative keys included
      long key = i < 10_000 ? random.nextInt(500) - 250 : random.nextLong();
      int value = random.nextInt(1_000_000);
      boolean added = ours.putIfAbsent(key, value);
      assertEquals(!theirs.containsKey(key), added, "key " + key);
      theirs.putIfAbsent(key, value);
    }
    assertEquals(theirs.size(), ours.size());
    theirs.forEach((k, v) -> assertEquals(v, ours.get(k), "key " + k));
    for (int i = 0; i < 10_000; i++) {
      long absent = random.nextLong();
      assertEquals(theirs.containsKey(absent), ours.contains(absent));
    }
  }

  @Test
  void keysThatFillOneSlotRunAreAllFound() {
    LongIntMap m = new LongIntMap(8);
    // the same low bits: every key lands on the same slot and probes onward
    for (int i = 0; i < 100; i++) {
      assertTrue(m.putIfAbsent((long) i << 40, i));
    }
    for (int i = 0; i < 100; i++) {
      assertEquals(i, m.get((long) i << 40));
    }
    assertFalse(m.contains(101L << 40));
    assertEquals(-1, m.get(12345L));
    assertThrows(IllegalArgumentException.class, () -> m.putIfAbsent(1L, -1));
  }
}
