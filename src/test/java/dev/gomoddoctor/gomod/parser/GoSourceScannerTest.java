package dev.gomoddoctor.gomod.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.gomod.model.BuildConstraint;
import dev.gomoddoctor.gomod.model.GoSourceFile;
import org.junit.jupiter.api.Test;

class GoSourceScannerTest {

  @Test
  void singleGroupedNamedDotBlankRawAndComments() {
    GoSourceFile f = GoSourceScanner.scan("a/a.go", """
        // Copyright notice
        /* block
           comment */
        package main // trailing

        import "fmt"
        import (
        \t"os" // why
        \tx "example.com/x"
        \t. "example.com/dot"
        \t_ "example.com/blank"; /* c */ `example.com/raw`
        \t"example.com/esc\\u0041"
        )
        import "C"

        func main() {}
        import "not/an/import"
        """);
    assertThat(f.packageName()).isEqualTo("main");
    assertThat(f.imports()).extracting(GoSourceFile.Import::path).containsExactly(
        "fmt", "os", "example.com/x", "example.com/dot", "example.com/blank", "example.com/raw",
        "example.com/escA", "C");
    assertThat(f.imports()).extracting(GoSourceFile.Import::name)
        .containsExactly("", "", "x", ".", "_", "", "", "");
    assertThat(f.imports().get(0).line()).isEqualTo(6);
    assertThat(f.imports().get(2).line()).isEqualTo(9);
    assertThat(f.imports().get(2).column()).isEqualTo(4);
    assertThat(f.importsC()).isTrue();
    assertThat(f.constraint()).isEmpty();
  }

  @Test
  void goBuildIgnore() {
    GoSourceFile f = GoSourceScanner.scan("gen.go", "//go:build ignore\n\npackage main\n\nimport \"example.com/x\"\n");
    assertThat(f.constraint()).isPresent();
    assertThat(f.countsForModules()).isFalse();
    GoSourceFile g = GoSourceScanner.scan("g.go", "//go:build !ignore && linux\n\npackage main\n");
    assertThat(g.countsForModules()).isTrue();
  }

  @Test
  void plusBuildLinesWhenNoGoBuild() {
    GoSourceFile f = GoSourceScanner.scan("old.go", "// +build ignore\n\npackage main\n");
    assertThat(f.countsForModules()).isFalse();
  }

  @Test
  void customTags() {
    assertThat(BuildConstraintParser.parseGoBuild(" tools").orElseThrow().needsCustomTag()).isTrue();
    assertThat(BuildConstraintParser.parseGoBuild(" tools").orElseThrow().matchesAnyTags()).isTrue();
    assertThat(BuildConstraintParser.parseGoBuild(" linux && (amd64 || arm64)").orElseThrow().needsCustomTag()).isFalse();
    assertThat(BuildConstraintParser.parseGoBuild(" !integration").orElseThrow().needsCustomTag()).isFalse();
    assertThat(BuildConstraintParser.parseGoBuild(" go1.21 && cgo").orElseThrow().needsCustomTag()).isFalse();
    assertThat(BuildConstraintParser.parseGoBuild(" linux && e2e").orElseThrow().needsCustomTag()).isTrue();
    assertThat(BuildConstraintParser.parseGoBuild(" linux &&")).isEmpty();
    BuildConstraint c = BuildConstraintParser.parsePlusBuild(" linux,386 darwin,!cgo").orElseThrow();
    assertThat(c.needsCustomTag()).isFalse();
  }

  @Test
  void notGo() {
    GoSourceFile f = GoSourceScanner.scan("x.go", "hello world\n");
    assertThat(f.packageName()).isEmpty();
    assertThat(f.imports()).isEmpty();
  }
}
