package dev.innosim.sql;

import dev.innosim.schema.Value;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Number literals as the servers read them, in time linear in their length; stateless. */
final class Literals {
  private Literals() {}

  /** Most digits of a DECIMAL; a longer integer literal becomes the largest DECIMAL, as on the server (warning 1916). */
  static final int MAX_DECIMAL_DIGITS = 65;

  /** 10^65 - 1: the value both servers give an integer literal of more than 65 digits. */
  static final BigInteger DECIMAL_MAX = BigInteger.TEN.pow(MAX_DECIMAL_DIGITS).subtract(BigInteger.ONE);

  /** An integer literal in linear time: past 65 digits the server truncates it to 65 nines. */
  static Value integer(String digits) {
    String significant = stripLeadingZeros(digits);
    if (significant.length() > MAX_DECIMAL_DIGITS) return new Value.Int(DECIMAL_MAX);
    return new Value.Int(new BigInteger(significant));
  }

  /**
   * A literal with a point or an exponent. With an exponent it is a DOUBLE, and one past the
   * double range is error 1367; a plain decimal keeps at most 65 integer digits (more become the
   * largest DECIMAL, as on the server) and 38 decimals.
   */
  static Value decimal(String raw) {
    boolean exponent = raw.indexOf('e') >= 0 || raw.indexOf('E') >= 0;
    if (exponent) {
      double d;
      try {
        d = Double.parseDouble(raw);
      } catch (NumberFormatException ex) {
        throw new SqlException("unsupported number: " + Texts.cut(raw));
      }
      if (Double.isInfinite(d) || Double.isNaN(d)) {
        throw new SqlException("illegal double '" + Texts.cut(raw) + "' value found during parsing (error 1367)");
      }
      // the literal's own digits when short (1.5e0 stays 1.5), else the double's
      return new Value.Dec(new BigDecimal(raw.length() <= 40 ? raw : Double.toString(d)));
    }
    int dot = raw.indexOf('.');
    String intPart = stripLeadingZeros(dot < 0 ? raw : raw.substring(0, dot));
    String frac = dot < 0 ? "" : raw.substring(dot + 1);
    if (intPart.length() > MAX_DECIMAL_DIGITS) return new Value.Dec(new BigDecimal(DECIMAL_MAX));
    if (intPart.length() + frac.length() <= 18 && frac.length() <= 38) {
      // the common short literal: digits to a long, no intermediate strings
      long unscaled = 0;
      for (int k = 0; k < intPart.length(); k++) unscaled = unscaled * 10 + (intPart.charAt(k) - '0');
      for (int k = 0; k < frac.length(); k++) unscaled = unscaled * 10 + (frac.charAt(k) - '0');
      return new Value.Dec(BigDecimal.valueOf(unscaled, frac.length()));
    }
    if (frac.length() > 38) frac = frac.substring(0, 38);
    try {
      return new Value.Dec(new BigDecimal((intPart.isEmpty() ? "0" : intPart) + (frac.isEmpty() ? "" : "." + frac)));
    } catch (NumberFormatException ex) {
      throw new SqlException("unsupported number: " + Texts.cut(raw));
    }
  }

  /** The digits without leading zeros (one zero is kept before a non-digit or at the end), as {@code ^0+(?=\d)} removes them. */
  static String stripLeadingZeros(String s) {
    int i = 0;
    while (i + 1 < s.length() && s.charAt(i) == '0' && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') i++;
    return i == 0 ? s : s.substring(i);
  }

  /**
   * A number literal of more than {@code longToken} characters in a short form with the value
   * the server gives it: an integer or decimal keeps at most 65 integer digits (more are the
   * largest DECIMAL, 65 nines) and 38 decimals; a number with an exponent is a double.
   */
  static String shortNumber(String literal, int longToken) {
    if (literal.indexOf('e') >= 0 || literal.indexOf('E') >= 0) {
      double d = Double.parseDouble(literal);
      if (Double.isInfinite(d)) {
        throw new SqlException("illegal double '" + Texts.cut(literal) + "' value found during parsing (error 1367)");
      }
      return Double.toString(d);
    }
    int dot = literal.indexOf('.');
    String intPart = stripLeadingZeros(dot < 0 ? literal : literal.substring(0, dot));
    String frac = dot < 0 ? "" : literal.substring(dot + 1);
    if (intPart.length() > MAX_DECIMAL_DIGITS) return DECIMAL_MAX.toString();
    if (frac.length() > 38) frac = frac.substring(0, 38);
    return (intPart.isEmpty() ? "0" : intPart) + (frac.isEmpty() ? "" : "." + frac);
  }
}
