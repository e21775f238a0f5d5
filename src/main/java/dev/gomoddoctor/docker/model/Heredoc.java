package dev.gomoddoctor.docker.model;

/**
 * A heredoc attached to a RUN/COPY/ADD: {@code <<EOF}, {@code <<-EOF} (chomp leading tabs),
 * {@code <<"EOF"} (quoted: no expansion), {@code 3<<EOF} (file descriptor).
 *
 * @param content the body lines with their newlines, as written (not chomped)
 * @param startLine the first body line; {@code endLine} is the terminator's line
 */
public record Heredoc(String name, int fileDescriptor, boolean expand, boolean chomp, String content,
    int startLine, int endLine) {

  /** The content as the builder sees it: leading tabs removed for {@code <<-}. */
  public String effectiveContent() {
    return chomp ? content.replaceAll("(?m)^\\t+", "") : content;
  }
}
