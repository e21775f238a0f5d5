package dev.gomoddoctor.gomod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoSourcesTest {
  @TempDir Path dir;

  @Test
  void importsAndCgoAcrossTheModule() {
    GoSources s = GoSources.of(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n")
        .file("cmd/app/main.go", "package main\n\nimport \"example.com/a/internal/db\"\n")
        .file("cmd/app/main_test.go", "package main\n\nimport \"testing\"\n")
        .file("internal/db/db.go", "package db\n\nimport \"example.com/a/internal/sqlite\"\n")
        .file("internal/sqlite/s.go", "package sqlite\n\n// #include <sqlite3.h>\nimport \"C\"\n")
        .file("cmd/pure/main.go", "package main\n\nimport \"fmt\"\n")
        .file("_old/x.go", "package x\n\nimport \"C\"\n")
        .context());
    assertThat(s.directories()).containsExactly("cmd/app", "cmd/pure", "internal/db", "internal/sqlite");
    assertThat(s.importsOf("cmd/app")).containsExactly("example.com/a/internal/db", "testing");
    assertThat(s.buildImportsOf("cmd/app")).containsExactly("example.com/a/internal/db");
    assertThat(s.importsC("internal/sqlite")).isTrue();
    assertThat(s.importsC("cmd/app")).isFalse();
    assertThat(s.usesCgo("cmd/app", "example.com/a", "")).isTrue();
    assertThat(s.usesCgo("cmd/pure", "example.com/a", "")).isFalse();
    assertThat(s.hasPackage("cmd/app")).isTrue();
    assertThat(s.cgoLinkage("cmd/app", "example.com/a", "").cgoImports()).containsExactly("C (internal/sqlite)");
    assertThat(s.cgoLinkage("cmd/pure", "example.com/a", "").usesCgo()).isFalse();
  }

  @Test
  void cgoFromStdAndKnownModules() {
    GoSources s = GoSources.of(TestProject.in(dir)
        .file("go.mod", "module example.com/a\n")
        .file("web/main.go", "package main\n\nimport (\n\t\"net/http\"\n\t\"github.com/spf13/cobra\"\n)\n")
        .file("db/main.go", "package main\n\nimport _ \"github.com/mattn/go-sqlite3\"\n")
        .file("cli/main.go", "package main\n\nimport (\n\t\"fmt\"\n\t\"net/url\"\n\t\"net/netip\"\n)\n")
        .context());
    GoSources.CgoLinkage web = s.cgoLinkage("web", "example.com/a", "");
    assertThat(web.cgoImports()).containsExactly("net/http");
    assertThat(web.unknownImports()).containsExactly("github.com/spf13/cobra");
    assertThat(s.cgoLinkage("db", "example.com/a", "").cgoImports()).containsExactly("github.com/mattn/go-sqlite3");
    assertThat(s.cgoLinkage("cli", "example.com/a", "").usesCgo()).isFalse();
  }
}
