package dev.gomoddoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InspectCommandTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  private Run inspect(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new CommandLine(new InspectCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void jsonHasGoModEditShape() throws IOException {
    Path p = write("go.mod", """
        module example.com/a

        go 1.22
        toolchain go1.22.3
        godebug panicnil=1
        require example.com/b v1.2 // indirect
        tool example.com/b/cmd/x
        ignore ./web
        """);
    Run r = inspect(p.toString(), "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("""
        {
        \t"Module": {
        \t\t"Path": "example.com/a"
        \t},
        \t"Go": "1.22",
        \t"Toolchain": "go1.22.3",
        \t"Godebug": [
        \t\t{
        \t\t\t"Key": "panicnil",
        \t\t\t"Value": "1"
        \t\t}
        \t],
        \t"Require": [
        \t\t{
        \t\t\t"Path": "example.com/b",
        \t\t\t"Version": "v1.2.0",
        \t\t\t"Indirect": true
        \t\t}
        \t],
        \t"Exclude": null,
        \t"Replace": null,
        \t"Retract": null,
        \t"Tool": [
        \t\t{
        \t\t\t"Path": "example.com/b/cmd/x"
        \t\t}
        \t],
        \t"Ignore": [
        \t\t{
        \t\t\t"Path": "./web"
        \t\t}
        \t]
        }
        """);
  }

  @Test
  void goWorkJsonAndTypeFromName() throws IOException {
    Path p = write("go.work", "go 1.22\nuse ./a\nreplace x.com/y => ./y\n");
    Run r = inspect(p.toString(), "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"Use\": [").contains("\"DiskPath\": \"./a\"").contains("\"Old\": {");
  }

  @Test
  void rejectedFileExitsOneWithGosPosition() throws IOException {
    Path p = write("go.mod", "module x\n\nrequire (\n\texample.com/m v2.0.0\n)\n");
    Run r = inspect(p.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("errors parsing " + p + ":\n" + p
        + ":4:2: require example.com/m: version \"v2.0.0\" invalid: should be v0 or v1, not v2\n");
  }

  @Test
  void textListsDirectivesWithPositions() throws IOException {
    Path p = write("sub/deps.txt", "module example.com/a\nrequire example.com/b v1.0.0\n");
    Run r = inspect(p.toString(), "--type", "go.mod");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("1:1     module example.com/a").contains("2:1     require example.com/b v1.0.0");
  }

  @Test
  void usageErrors() throws IOException {
    Path p = write("notes.txt", "module x\n");
    assertThat(inspect(p.toString()).code()).isEqualTo(2);
    assertThat(inspect(p.toString()).err()).contains("use --type");
    assertThat(inspect(p.toString(), "--type", "nope").code()).isEqualTo(2);
    assertThat(inspect(dir.resolve("missing/go.mod").toString()).code()).isEqualTo(2);
    assertThat(inspect(write("go.mod", "module x\n").toString(), "--format", "yaml").code()).isEqualTo(2);
  }

  @Test
  void jsonEscapesLikeGo() throws IOException {
    Path p = write("go.mod", "module x\nretract v1.0.0 // bad <build> & \"quotes\"\n");
    Run r = inspect(p.toString(), "--format", "json");
    assertThat(r.out()).contains("\"Rationale\": \"bad \\u003cbuild\\u003e \\u0026 \\\"quotes\\\"\"");
  }
}
