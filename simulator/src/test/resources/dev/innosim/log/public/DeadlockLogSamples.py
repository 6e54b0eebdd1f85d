import pymysql, threading, time, sys
port = int(sys.argv[1]); out = sys.argv[2]
def conn(db=None):
    return pymysql.connect(host='127.0.0.1', port=port, user='oracle', password='oracle', database=db, autocommit=True)
c = conn()
cur = c.cursor()
cur.execute("DROP DATABASE IF EXISTS dl"); cur.execute("CREATE DATABASE dl")
cur.execute("SET GLOBAL innodb_print_all_deadlocks=ON")
cur.execute("""CREATE TABLE dl.orders (
  id INT NOT NULL,
  k INT NOT NULL,
  note VARCHAR(40) CHARACTER SET latin1 DEFAULT NULL,
  placed DATETIME(3) NOT NULL,
  amount DECIMAL(10,2) NOT NULL,
  flag TINYINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY idx_k (k)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""")
cur.execute("INSERT INTO dl.orders VALUES (1, 10, 'caf\u00e9 one', '2024-03-01 10:20:30.125', -12.50, 200), (2, 20, NULL, '2024-03-02 11:00:00.000', 99999999.99, 1), (3, 30, 'three', '1999-12-31 23:59:59.999', 0.01, 0)")
def deadlock(a_stmts, b_stmts, a_block, b_close, mode=None):
    A = conn('dl'); B = conn('dl')
    for x in (A, B):
        k = x.cursor()
        if mode: k.execute("SET SESSION sql_mode='%s'" % mode)
        k.execute("BEGIN")
    for s in a_stmts: A.cursor().execute(s)
    for s in b_stmts: B.cursor().execute(s)
    err = []
    def run():
        try: A.cursor().execute(a_block)
        except Exception as e: err.append(e)
    t = threading.Thread(target=run); t.start(); time.sleep(0.5)
    try: B.cursor().execute(b_close)
    except Exception as e: err.append(e)
    t.join()
    print(err)
    for x in (A, B):
        try: x.cursor().execute("ROLLBACK")
        except Exception: pass
        x.close()
# 1: PRIMARY record locks in opposite order (names in backquotes)
deadlock(["UPDATE orders SET flag = 5 WHERE id = 1"], ["UPDATE orders SET flag = 6 WHERE id = 2"],
         "UPDATE orders SET flag = 7 WHERE id = 2", "UPDATE orders SET flag = 8 WHERE id = 1")
# 2: gap locks on idx_k then inserts into the gap, sessions in ANSI_QUOTES
deadlock(["SELECT * FROM orders WHERE k = 15 FOR UPDATE"], ["SELECT * FROM orders WHERE k = 16 FOR UPDATE"],
         "INSERT INTO orders VALUES (15, 15, 'fifteen', '2024-04-01 00:00:00.5', 1.5, 0)",
         "INSERT INTO orders VALUES (16, 16, 'sixteen', '2024-04-01 00:00:00.25', 2.25, 0)", mode='ANSI_QUOTES')
k = c.cursor(); k.execute("SHOW ENGINE INNODB STATUS"); row = k.fetchone()
open(out, 'w').write(row[2])
