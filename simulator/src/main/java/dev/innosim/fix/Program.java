package dev.innosim.fix;

import dev.innosim.mysql.SessionId;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioWriter;
import dev.innosim.scenario.Script;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.schema.TableDef;
import dev.innosim.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A scenario as the content a rewrite edits: isolation levels, setup statements and each
 * session's statements in program order (the file's interleaving does not matter to exploring);
 * immutable.
 */
record Program(String file, String name, Optional<String> server, IsolationLevel isolation,
               Map<SessionId, IsolationLevel> sessionIsolation, List<Stmt> setup, Map<SessionId, List<Stmt>> sessions) {
  Program {
    sessionIsolation = Map.copyOf(sessionIsolation);
    setup = List.copyOf(setup);
    Map<SessionId, List<Stmt>> copy = new TreeMap<>();
    for (Map.Entry<SessionId, List<Stmt>> e : sessions.entrySet()) copy.put(e.getKey(), List.copyOf(e.getValue()));
    sessions = java.util.Collections.unmodifiableMap(copy);
  }

  /** One statement: its text and its parse. */
  record Stmt(String sql, Statement statement) {
    /** A statement parsed from text (the rewrites build them). */
    static Stmt of(String sql) {
      return new Stmt(sql, dev.innosim.sql.SqlParser.parse(sql));
    }
  }

  /** The content of a parsed (instantiated) scenario. */
  static Program of(Scenario sc) {
    List<Stmt> setup = sc.setup().stream().map(s -> new Stmt(s.sql(), s.statement())).toList();
    Map<SessionId, List<Stmt>> sessions = new TreeMap<>();
    for (Scenario.Step st : sc.steps()) {
      sessions.computeIfAbsent(st.session(), k -> new ArrayList<>()).add(new Stmt(st.sql(), st.statement()));
    }
    return new Program(sc.file(), sc.name(), sc.server(), sc.isolation(), sc.sessionIsolation(), setup, sessions);
  }

  Program withSession(SessionId s, List<Stmt> stmts) {
    Map<SessionId, List<Stmt>> m = new TreeMap<>(sessions);
    m.put(s, stmts);
    return new Program(file, name, server, isolation, sessionIsolation, setup, m);
  }

  Program withSetup(List<Stmt> newSetup) {
    return new Program(file, name, server, isolation, sessionIsolation, newSetup, sessions);
  }

  Program withIsolation(IsolationLevel level, Map<SessionId, IsolationLevel> perSession) {
    return new Program(file, name, server, level, perSession, setup, sessions);
  }

  /** The isolation level a session starts with. */
  IsolationLevel isolationOf(SessionId s) {
    return sessionIsolation.getOrDefault(s, isolation);
  }

  /** The table a setup CREATE TABLE defines, if any. */
  Optional<TableDef> table(String name) {
    for (Stmt s : setup) {
      if (s.statement() instanceof Statement.CreateTable ct && ct.table().name().equalsIgnoreCase(name)) return Optional.of(ct.table());
    }
    return Optional.empty();
  }

  /** The scenario as a file: setup, then the sessions one after another (explore ignores the interleaving). */
  Script script() {
    List<Script.Line> body = new ArrayList<>();
    for (Map.Entry<SessionId, List<Stmt>> e : sessions.entrySet()) {
      for (Stmt s : e.getValue()) body.add(new Script.StepLine(e.getKey(), s.sql(), Optional.empty()));
    }
    return new Script(name, server, isolation, sessionIsolation, List.of(), setup.stream().map(Stmt::sql).toList(), body);
  }

  /** The scenario this program is, parsed from what {@link ScenarioWriter} writes. */
  Scenario scenario() {
    return ScenarioParser.parse(file, ScenarioWriter.write(script()));
  }
}
