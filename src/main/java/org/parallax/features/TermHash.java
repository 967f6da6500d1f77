package org.parallax.features;

/**
 * 64-bit fingerprints of terms: a token's from its characters, a pair's ("spy balloon") from its two tokens'
 * fingerprints, so counting pairs never builds their strings. Tokens hold no space, so a term with a space is
 * a pair, split at it. Two different terms share a fingerprint with probability about 2^-64: among the tens
 * of millions of distinct terms of a large corpus, about one chance in a hundred thousand that any two do.
 */
final class TermHash {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long PAIR = 0x9e3779b97f4a7c15L;

  private TermHash() {}

  /** A token's fingerprint: FNV-1a over its UTF-16 characters, then MurmurHash3's 64-bit finaliser. */
  static long token(CharSequence s) {
    return token(s, 0, s.length());
  }

  static long token(CharSequence s, int start, int end) {
    long h = FNV_OFFSET;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      h = (h ^ (c & 0xff)) * FNV_PRIME;
      h = (h ^ (c >>> 8)) * FNV_PRIME;
    }
    return mix(h ^ (end - start));
  }

  /** The fingerprint of the pair "first second" (order matters). */
  static long pair(long first, long second) {
    return mix(first * PAIR + Long.rotateLeft(second, 29) + PAIR);
  }

  /** A term's fingerprint, a token's or a pair's. */
  static long of(String term) {
    int space = term.indexOf(' ');
    return space < 0 ? token(term) : pair(token(term, 0, space), token(term, space + 1, term.length()));
  }

  /** MurmurHash3's fmix64: every input bit flips about half the output bits. */
  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
