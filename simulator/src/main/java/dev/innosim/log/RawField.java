package dev.innosim.log;

import java.util.HexFormat;
import java.util.Optional;

/**
 * One field of a physical record dump ({@code rec_print_comp}): {@code  0: len 4; hex 80000014;
 * asc     ;;}, {@code  3: SQL NULL;}, or the first 30 bytes with {@code (total 32 bytes)}; immutable.
 *
 * @param hex         the printed bytes in hex, empty for SQL NULL
 * @param totalLength the field's full length in bytes (more than the printed bytes when cut)
 */
public record RawField(int position, Optional<String> hex, String asc, int totalLength) {

  /** Whether the field is SQL NULL. */
  public boolean isNull() { return hex.isEmpty(); }

  /** The printed bytes (empty for NULL). */
  public byte[] bytes() { return hex.map(h -> HexFormat.of().parseHex(h)).orElse(new byte[0]); }

  /** Whether the server printed only the first 30 bytes of a longer field. */
  public boolean truncated() { return hex.isPresent() && hex.get().length() / 2 < totalLength; }

  /** The field as the server printed it. */
  public String text() {
    if (isNull()) return " " + position + ": SQL NULL;";
    String s = " " + position + ": len " + hex.get().length() / 2 + "; hex " + hex.get() + "; asc " + asc + ";";
    return truncated() ? s + " (total " + totalLength + " bytes);" : s + ";";
  }
}
