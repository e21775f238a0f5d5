package dev.gomoddoctor.goenv.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** path.Match over the cases of Go's own path package tests (pattern, name, matched, bad pattern). */
class PathMatchTest {
  record Case(String pattern, String name, boolean match, boolean bad) {}

  static final List<Case> CASES = List.of(
        new Case("abc", "abc", true, false),
        new Case("*", "abc", true, false),
        new Case("*c", "abc", true, false),
        new Case("a*", "a", true, false),
        new Case("a*", "abc", true, false),
        new Case("a*", "ab/c", false, false),
        new Case("a*/b", "abc/b", true, false),
        new Case("a*/b", "a/c/b", false, false),
        new Case("a*b*c*d*e*/f", "axbxcxdxe/f", true, false),
        new Case("a*b*c*d*e*/f", "axbxcxdxexxx/f", true, false),
        new Case("a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false, false),
        new Case("a*b*c*d*e*/f", "axbxcxdxexxx/fff", false, false),
        new Case("a*b?c*x", "abxbbxdbxebxczzx", true, false),
        new Case("a*b?c*x", "abxbbxdbxebxczzy", false, false),
        new Case("ab[c]", "abc", true, false),
        new Case("ab[b-d]", "abc", true, false),
        new Case("ab[e-g]", "abc", false, false),
        new Case("ab[^c]", "abc", false, false),
        new Case("ab[^b-d]", "abc", false, false),
        new Case("ab[^e-g]", "abc", true, false),
        new Case("a\\*b", "a*b", true, false),
        new Case("a\\*b", "ab", false, false),
        new Case("a?b", "a☺b", true, false),
        new Case("a[^a]b", "a☺b", true, false),
        new Case("a???b", "a☺b", false, false),
        new Case("a[^a][^a][^a]b", "a☺b", false, false),
        new Case("[a-ζ]*", "α", true, false),
        new Case("*[a-ζ]", "A", false, false),
        new Case("a?b", "a/b", false, false),
        new Case("a*b", "a/b", false, false),
        new Case("[\\]a]", "]", true, false),
        new Case("[\\-]", "-", true, false),
        new Case("[x\\-]", "x", true, false),
        new Case("[x\\-]", "-", true, false),
        new Case("[x\\-]", "z", false, false),
        new Case("[\\-x]", "x", true, false),
        new Case("[\\-x]", "-", true, false),
        new Case("[\\-x]", "a", false, false),
        new Case("[]a]", "]", false, true),
        new Case("[-]", "-", false, true),
        new Case("[x-]", "x", false, true),
        new Case("[x-]", "-", false, true),
        new Case("[x-]", "z", false, true),
        new Case("[-x]", "x", false, true),
        new Case("[-x]", "-", false, true),
        new Case("[-x]", "a", false, true),
        new Case("\\", "a", false, true),
        new Case("[a-b-c]", "a", false, true),
        new Case("[", "a", false, true),
        new Case("[^", "a", false, true),
        new Case("[^bc", "a", false, true),
        new Case("a[", "a", false, true),
        new Case("a[", "ab", false, true),
        new Case("a[", "x", false, true),
        new Case("a/b[", "x", false, true),
        new Case("*x", "xxx", true, false),
        new Case("a[b-", "ab", false, true));

  @Test
  void goPathMatchCases() throws Exception {
    for (Case c : CASES) {
      if (c.bad()) {
        assertThatThrownBy(() -> PathMatch.match(c.pattern(), c.name()))
            .as("%s vs %s", c.pattern(), c.name()).isInstanceOf(PathMatch.BadPattern.class);
      } else {
        assertThat(PathMatch.match(c.pattern(), c.name())).as("%s vs %s", c.pattern(), c.name()).isEqualTo(c.match());
      }
    }
    System.out.println("path.Match cases checked: " + CASES.size());
  }
}
