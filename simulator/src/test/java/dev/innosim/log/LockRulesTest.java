package dev.innosim.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.innosim.profile.ServerProfile;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule table read back as a table: shape x mode x index x isolation x profile -> the statement kinds that take the lock. */
class LockRulesTest {
  @ParameterizedTest(name = "{0} {1} on {2} at {3} ({4})")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      // shape           | X/S | index      | iso | profile       | statement kinds
      "GAP               | X   | NON_UNIQUE | RR  | mysql-8.0     | DELETE INHERITED SELECT_FOR_UPDATE UPDATE",
      "GAP               | X   | NON_UNIQUE | RC  | mysql-8.0     | INHERITED",
      "GAP               | X   | UNIQUE     | RC  | mysql-8.0     | INHERITED UPSERT",
      "NEXT_KEY          | X   | UNIQUE     | RR  | mariadb-10.11 | DELETE SELECT_FOR_UPDATE UPDATE UPSERT",
      "NEXT_KEY          | X   | NON_UNIQUE | RC  | mysql-8.0     | ",
      "NEXT_KEY          | S   | UNIQUE     | RC  | mysql-5.7     | INSERT_DUPLICATE",
      "REC_NOT_GAP       | X   | UNIQUE     | RR  | mysql-8.0     | DELETE IMPLICIT SELECT_FOR_UPDATE UPDATE",
      "REC_NOT_GAP       | X   | UNIQUE     | RR  | mariadb-10.11 | IMPLICIT",
      "REC_NOT_GAP       | X   | CLUSTERED  | RC  | mysql-8.0     | DELETE IMPLICIT SELECT_FOR_UPDATE UPDATE UPSERT",
      "REC_NOT_GAP       | S   | CLUSTERED  | RR  | mysql-5.7     | FOREIGN_KEY_CHECK INSERT_DUPLICATE SELECT_FOR_SHARE",
      "INSERT_INTENTION  | X   | NON_UNIQUE | RC  | mysql-8.0     | INSERT UPDATE UPSERT",
      "SUPREMUM          | X   | CLUSTERED  | RR  | mysql-8.0     | DELETE SELECT_FOR_UPDATE UPDATE",
      "SUPREMUM          | X   | CLUSTERED  | RC  | mysql-8.0     | ",
      "TABLE_AUTO_INC    | X   | TABLE      | RR  | mysql-8.0     | INSERT INSERT_SELECT UPSERT",
      "TABLE_INTENTION   | S   | TABLE      | RC  | mysql-8.0     | FOREIGN_KEY_CHECK INSERT_SELECT SELECT_FOR_SHARE"})
  void matching_lockShape_givesTheStatementKindsOfTheTable(String shape, String mode, String index, String iso, String profile, String kinds) {
    Set<StatementKind> got = EnumSet.noneOf(StatementKind.class);
    for (LockRules.Rule r : LockRules.matching(LockRules.Shape.valueOf(shape.strip()), mode.strip().equals("X"),
        LockRules.IndexKind.valueOf(index.strip()), EnumSet.of(LockRules.Iso.valueOf(iso.strip())), ServerProfile.byName(profile.strip()).orElseThrow())) {
      got.addAll(r.kinds());
    }
    TreeSet<String> names = new TreeSet<>();
    for (StatementKind k : got) names.add(k.name());
    assertEquals(kinds == null ? "" : kinds.strip(), String.join(" ", names));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "lock_mode X                                              | false | NEXT_KEY         | X",
      "lock_mode X locks gap before rec                         | false | GAP              | X,GAP",
      "lock_mode X locks rec but not gap waiting                | false | REC_NOT_GAP      | X,REC_NOT_GAP",
      "lock_mode X locks gap before rec insert intention waiting| false | INSERT_INTENTION | X,GAP,INSERT_INTENTION",
      "lock_mode X insert intention waiting                     | true  | INSERT_INTENTION | X,INSERT_INTENTION",
      "lock mode S                                              | true  | SUPREMUM         | S",
      "lock mode S locks rec but not gap                        | false | REC_NOT_GAP      | S,REC_NOT_GAP"})
  void shape_ofPrintedMode_isTheRuleRowAndTheLockLineMode(String phrase, boolean supremum, String shape, String text) {
    LockMode m = LockMode.parse(phrase.strip());
    assertEquals(LockRules.Shape.valueOf(shape.strip()), LockRules.shape(m, supremum));
    assertEquals(text.strip(), m.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "select * from t where id = 1 for update      | SELECT_FOR_UPDATE",
      "SELECT * FROM t WHERE k > 3 LOCK IN SHARE MODE | SELECT_FOR_SHARE",
      "update t set v = 1 where id = 2              | FOREIGN_KEY_CHECK INSERT_DUPLICATE UPDATE",
      "insert into tb select 15                     | FOREIGN_KEY_CHECK INSERT INSERT_DUPLICATE INSERT_SELECT",
      "INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE v = 2 | FOREIGN_KEY_CHECK INSERT INSERT_DUPLICATE UPSERT",
      "replace into t values (1)                    | FOREIGN_KEY_CHECK INSERT INSERT_DUPLICATE UPSERT"})
  void kindsOf_statementText_namesWhatItCanBe(String sql, String kinds) {
    TreeSet<String> names = new TreeSet<>();
    for (StatementKind k : Explainer.kindsOf(sql.strip())) names.add(k.name());
    assertEquals(kinds.strip(), String.join(" ", names));
  }
}
