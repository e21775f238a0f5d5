package dev.gomoddoctor.gomod.parser;

import dev.gomoddoctor.gomod.model.ModFileError;
import dev.gomoddoctor.gomod.version.GoQuoting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads go.mod/go.work text into a {@link SyntaxTree}, with the lexer and statement grammar of
 * x/mod's {@code modfile/read.go}. The first lexer or block error ends the read, as in Go; the
 * error carries the position the go command prints (the reader's position at that moment, which
 * is one token ahead for errors found after a token).
 */
final class SyntaxReader {
  private static final int EOF = -1;
  private static final int EOL_COMMENT = -2;
  private static final int IDENT = -3;
  private static final int STRING = -4;
  private static final int COMMENT = -5;

  private final String fileName;
  private final int[] text;
  private int offset;
  private int line = 1;
  private int column = 1;

  /** The next token, read ahead. */
  private Token token;
  private int tokenStartOffset;
  private final List<SyntaxComment> suffixComments = new ArrayList<>();
  private final List<Node> statements = new ArrayList<>();

  private record Token(int kind, SourcePosition pos, SourcePosition end, String text) {
    boolean isEol() {
      return kind == EOF || kind == EOL_COMMENT || kind == '\n';
    }
  }

  /** Thrown to stop at the first syntax error, as x/mod's parser panics. */
  private static final class SyntaxFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ModFileError error;

    SyntaxFailure(ModFileError error) {
      super(error.goMessage(), null, false, false);
      this.error = error;
    }
  }

  /** A syntax node while it is being built; comments are attached after the whole file is read. */
  private static final class Node {
    enum Type { LINE, BLOCK, COMMENT_BLOCK, LPAREN, RPAREN }

    final Type type;
    final SourcePosition start;
    SourcePosition end;
    List<String> tokens = List.of();
    boolean inBlock;
    final List<SyntaxComment> before = new ArrayList<>();
    final List<SyntaxComment> suffix = new ArrayList<>();
    final List<Node> lines = new ArrayList<>();
    Node lparen;
    Node rparen;

    Node(Type type, SourcePosition start) {
      this.type = type;
      this.start = start;
      this.end = start;
    }

    SourcePosition spanEnd() {
      return switch (type) {
        case LINE -> end;
        case BLOCK -> rparen.start.next();
        case LPAREN, RPAREN -> start.next();
        case COMMENT_BLOCK -> start;
      };
    }
  }

  private SyntaxReader(String fileName, String source) {
    this.fileName = fileName;
    this.text = source.codePoints().toArray();
  }

  /** The syntax tree, or the first syntax error. */
  static Result read(String fileName, String source) {
    SyntaxReader reader = new SyntaxReader(fileName, source);
    try {
      reader.readToken();
      reader.parseFile();
    } catch (SyntaxFailure f) {
      return new Result(null, f.error);
    } catch (RuntimeException e) {
      // Go turns parser panics into "internal error"; a bug here must not crash the scan either
      return new Result(null, reader.error("internal error: " + e));
    }
    reader.assignSuffixComments();
    List<SyntaxStatement> out = new ArrayList<>();
    for (Node n : reader.statements) {
      out.add(freeze(n));
    }
    return new Result(new SyntaxTree(fileName, out), null);
  }

  /** Either a tree or the error that stopped the read. */
  record Result(SyntaxTree tree, ModFileError error) {}

  // ---- lexer ----

  private boolean eof() {
    return offset >= text.length;
  }

  private int peekRune() {
    return eof() ? 0 : text[offset];
  }

  private boolean peekPrefix(String prefix) {
    for (int i = 0; i < prefix.length(); i++) {
      if (offset + i >= text.length || text[offset + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int readRune() {
    int r = text[offset++];
    if (r == '\n') {
      line++;
      column = 1;
    } else {
      column++;
    }
    return r;
  }

  private SourcePosition pos() {
    return new SourcePosition(line, column, offset);
  }

  private ModFileError error(String message) {
    return error(pos(), message);
  }

  private ModFileError error(SourcePosition at, String message) {
    return new ModFileError(fileName, at.toPosition(), "", "", message, ModFileError.Kind.SYNTAX);
  }

  private SyntaxFailure fail(String message) {
    return new SyntaxFailure(error(message));
  }

  private SourcePosition startToken() {
    tokenStartOffset = offset;
    return pos();
  }

  private void endToken(int kind, SourcePosition start) {
    String s = new String(text, tokenStartOffset, offset - tokenStartOffset);
    if (kind == COMMENT || kind == EOL_COMMENT) {
      if (s.endsWith("\r\n")) {
        s = s.substring(0, s.length() - 2);
      } else if (s.endsWith("\n")) {
        s = s.substring(0, s.length() - 1);
      }
    }
    token = new Token(kind, start, pos(), s);
  }

  private void readToken() {
    while (!eof()) {
      int c = peekRune();
      if (c == ' ' || c == '\t' || c == '\r') {
        readRune();
        continue;
      }
      if (peekPrefix("//")) {
        SourcePosition start = startToken();
        boolean suffix = somethingBeforeOnLine();
        readRune();
        readRune();
        while (!eof() && readRune() != '\n') {
          // the comment runs to the end of the line, newline included
        }
        if (!suffix) {
          endToken(COMMENT, start);
          return;
        }
        endToken(EOL_COMMENT, start);
        suffixComments.add(new SyntaxComment(start, token.text()));
        return;
      }
      if (peekPrefix("/*")) {
        throw fail("mod files must use // comments (not /* */ comments)");
      }
      break;
    }
    SourcePosition start = startToken();
    if (eof()) {
      endToken(EOF, start);
      return;
    }
    int c = peekRune();
    switch (c) {
      case '\n', '(', ')', '[', ']', '{', '}', ',' -> {
        readRune();
        endToken(c, start);
        return;
      }
      case '"', '`' -> {
        readString(c, start);
        return;
      }
      default -> {
        // an identifier
      }
    }
    if (!isIdent(c)) {
      throw fail("unexpected input character " + GoQuoting.quoteRune(c));
    }
    while (isIdent(peekRune())) {
      if (peekPrefix("//")) {
        break;
      }
      if (peekPrefix("/*")) {
        throw fail("mod files must use // comments (not /* */ comments)");
      }
      readRune();
    }
    endToken(IDENT, start);
  }

  private void readString(int quote, SourcePosition start) {
    readRune();
    while (true) {
      if (eof()) {
        throw new SyntaxFailure(error(start, "unexpected EOF in string"));
      }
      if (peekRune() == '\n') {
        throw fail("unexpected newline in string");
      }
      int c = readRune();
      if (c == quote) {
        break;
      }
      if (c == '\\' && quote != '`') {
        if (eof()) {
          throw new SyntaxFailure(error(start, "unexpected EOF in string"));
        }
        readRune();
      }
    }
    endToken(STRING, start);
  }

  /** True when the line holds something other than white space before the current position. */
  private boolean somethingBeforeOnLine() {
    for (int i = offset - 1; i >= 0 && text[i] != '\n'; i--) {
      if (!GoQuoting.isSpace(text[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIdent(int c) {
    return switch (c) {
      case ' ', '(', ')', '[', ']', '{', '}', ',' -> false;
      default -> !GoQuoting.isSpace(c) && GoQuoting.isPrint(c);
    };
  }

  private int peek() {
    return token.kind();
  }

  private Token lex() {
    Token t = token;
    readToken();
    return t;
  }

  // ---- parser ----

  private void parseFile() {
    Node commentBlock = null;
    while (true) {
      switch (peek()) {
        case '\n' -> {
          lex();
          if (commentBlock != null) {
            statements.add(commentBlock);
            commentBlock = null;
          }
        }
        case COMMENT -> {
          Token t = lex();
          if (commentBlock == null) {
            commentBlock = new Node(Node.Type.COMMENT_BLOCK, t.pos());
          }
          commentBlock.before.add(new SyntaxComment(t.pos(), t.text()));
        }
        case EOF -> {
          if (commentBlock != null) {
            statements.add(commentBlock);
          }
          return;
        }
        default -> {
          parseStatement();
          if (commentBlock != null) {
            statements.get(statements.size() - 1).before.addAll(commentBlock.before);
            commentBlock = null;
          }
        }
      }
    }
  }

  private void parseStatement() {
    Token first = lex();
    SourcePosition start = first.pos();
    SourcePosition end = first.end();
    List<String> tokens = new ArrayList<>();
    tokens.add(first.text());
    while (true) {
      Token t = lex();
      if (t.isEol()) {
        Node n = new Node(Node.Type.LINE, start);
        n.end = end;
        n.tokens = tokens;
        statements.add(n);
        return;
      }
      if (t.kind() == '(') {
        if (token.isEol()) {
          statements.add(parseBlock(start, tokens, t));
          return;
        } else if (peek() == ')') {
          Token rparen = lex();
          if (token.isEol()) {
            lex();
            Node block = new Node(Node.Type.BLOCK, start);
            block.tokens = tokens;
            block.lparen = new Node(Node.Type.LPAREN, t.pos());
            block.rparen = new Node(Node.Type.RPAREN, rparen.pos());
            statements.add(block);
            return;
          }
          // "( )" in the middle of a line is not a block
          tokens.add(t.text());
          tokens.add(rparen.text());
        } else {
          tokens.add(t.text());
        }
      } else {
        tokens.add(t.text());
        end = t.end();
      }
    }
  }

  private Node parseBlock(SourcePosition start, List<String> keywords, Token lparen) {
    Node block = new Node(Node.Type.BLOCK, start);
    block.tokens = keywords;
    block.lparen = new Node(Node.Type.LPAREN, lparen.pos());
    List<SyntaxComment> comments = new ArrayList<>();
    while (true) {
      switch (peek()) {
        case EOL_COMMENT -> lex(); // attached later, by position
        case '\n' -> {
          lex();
          boolean afterLines = comments.isEmpty() && !block.lines.isEmpty();
          boolean afterComment = !comments.isEmpty() && !comments.get(comments.size() - 1).isBlankLine();
          if (afterLines || afterComment) {
            comments.add(new SyntaxComment(token.pos(), ""));
          }
        }
        case COMMENT -> {
          Token t = lex();
          comments.add(new SyntaxComment(t.pos(), t.text()));
        }
        case EOF -> throw fail("syntax error (unterminated block started at "
            + fileName + ":" + start.line() + ":" + start.column() + ")");
        case ')' -> {
          Token rparen = lex();
          block.rparen = new Node(Node.Type.RPAREN, rparen.pos());
          block.rparen.before.addAll(comments);
          if (!token.isEol()) {
            throw fail("syntax error (expected newline after closing paren)");
          }
          lex();
          return block;
        }
        default -> {
          Node l = parseBlockLine();
          l.before.addAll(comments);
          comments.clear();
          block.lines.add(l);
        }
      }
    }
  }

  private Node parseBlockLine() {
    Token first = lex();
    if (first.isEol()) {
      throw fail("internal parse error: parseLine at end of line");
    }
    SourcePosition end = first.end();
    List<String> tokens = new ArrayList<>();
    tokens.add(first.text());
    while (true) {
      Token t = lex();
      if (t.isEol()) {
        Node n = new Node(Node.Type.LINE, first.pos());
        n.end = end;
        n.tokens = tokens;
        n.inBlock = true;
        return n;
      }
      tokens.add(t.text());
      end = t.end();
    }
  }

  // ---- comments ----

  /**
   * Gives each end-of-line comment to the syntax that ends just before it on the same line, as
   * x/mod's assignComments does (whole-line comments were attached while parsing).
   */
  private void assignSuffixComments() {
    List<Node> post = new ArrayList<>();
    for (Node n : statements) {
      if (n.type == Node.Type.BLOCK) {
        post.add(n.lparen);
        post.addAll(n.lines);
        post.add(n.rparen);
      }
      post.add(n);
    }
    List<SyntaxComment> pending = new ArrayList<>(suffixComments);
    for (int i = post.size() - 1; i >= 0 && !pending.isEmpty(); i--) {
      Node x = post.get(i);
      SourcePosition end = x.spanEnd();
      if (x.start.line() != end.line()) {
        continue;
      }
      while (!pending.isEmpty() && end.offset() <= pending.get(pending.size() - 1).start().offset()) {
        x.suffix.add(pending.remove(pending.size() - 1));
      }
    }
    for (Node x : post) {
      Collections.reverse(x.suffix);
    }
  }

  private static SyntaxStatement freeze(Node n) {
    return switch (n.type) {
      case LINE -> freezeLine(n);
      case COMMENT_BLOCK -> new SyntaxCommentBlock(n.start, n.before);
      case BLOCK -> {
        List<SyntaxLine> lines = new ArrayList<>();
        for (Node l : n.lines) {
          lines.add(freezeLine(l));
        }
        yield new SyntaxBlock(n.start, n.tokens, n.lparen.start, lines, n.rparen.start, n.before, n.suffix,
            n.lparen.suffix, n.rparen.before);
      }
      default -> throw new IllegalStateException("unexpected top-level node " + n.type);
    };
  }

  private static SyntaxLine freezeLine(Node n) {
    return new SyntaxLine(n.start, n.end, n.tokens, n.inBlock, n.before, n.suffix);
  }
}
