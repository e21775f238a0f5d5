package dev.gomoddoctor.cache.perm;

/** Permission-bit helpers. */
public final class Modes {
  public static final int R = 4;
  public static final int W = 2;
  public static final int X = 1;

  private Modes() {}

  /** {@code rwx}, {@code r-x}, ... for 3 bits. */
  public static String rwx(int bits) {
    return ((bits & R) != 0 ? "r" : "-") + ((bits & W) != 0 ? "w" : "-") + ((bits & X) != 0 ? "x" : "-");
  }

  /** Parses {@code rwx}/{@code r-x}/... as getfacl prints it; unknown letters count as unset. */
  public static int parseRwx(String s) {
    int bits = 0;
    if (s.length() > 0 && s.charAt(0) == 'r') {
      bits |= R;
    }
    if (s.length() > 1 && s.charAt(1) == 'w') {
      bits |= W;
    }
    if (s.length() > 2 && (s.charAt(2) == 'x' || s.charAt(2) == 'X')) {
      bits |= X;
    }
    return bits;
  }
}
