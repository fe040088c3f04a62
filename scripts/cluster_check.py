#!/usr/bin/env python3
"""Cluster check (docs/cluster-check.md): two AR Desk nodes on one PostgreSQL database, one killed
with SIGKILL in the middle of a collections run; prints what was started, written, sent and lost.

Uses only the standard library, psql and the packaged jar. Every process it starts it stops."""
import argparse
import base64
import datetime
import os
import re
import signal
import smtpd  # noqa: deprecated, present up to Python 3.11; see docs/cluster-check.md
import asyncore  # noqa
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

ADMIN_PASSWORD = "Cluster-Check-Passw0rd!"


def log(message):
    print(f"[cluster-check] {message}", flush=True)


class Sink(smtpd.SMTPServer):
    """Counts messages by Message-ID (a letter's Message-ID comes from its outbox key)."""

    def __init__(self, port, delay=0.0, ids=None, lock=None):
        super().__init__(("127.0.0.1", port), None, decode_data=False)
        self.ids = [] if ids is None else ids
        self.times = {}  # Message-ID -> when each copy arrived
        self.lock = threading.Lock() if lock is None else lock
        self.delay = delay

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        if self.delay:
            time.sleep(self.delay)  # a slow mail server: the sender waits with its letter claimed
        message_id = None
        for line in data.split(b"\r\n" if b"\r\n" in data else b"\n"):
            if not line:
                break
            if line.lower().startswith(b"message-id:"):
                message_id = line.split(b":", 1)[1].strip().decode("ascii", "replace")
        with self.lock:
            self.ids.append(message_id)
            self.times.setdefault(message_id, []).append(time.time())

    def snapshot(self):
        with self.lock:
            return list(self.ids)


def psql(database, sql):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-Atc", sql],
                         check=True, capture_output=True, text=True, timeout=60).stdout
    return [line.split("|") for line in out.strip().splitlines() if line]


def scalar(database, sql):
    rows = psql(database, sql)
    return int(rows[0][0]) if rows and rows[0][0] != "" else 0


def http(port, method, path, body=None, content_type="application/json"):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method, data=body)
    token = base64.b64encode(f"admin:{ADMIN_PASSWORD}".encode()).decode()
    request.add_header("Authorization", "Basic " + token)
    if body is not None:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def start_node(jar, name, port, database, smtp_port, logdir, extra):
    env = dict(os.environ, SPRING_PROFILES_ACTIVE="postgres",
               ARDESK_DB_URL=f"jdbc:postgresql://127.0.0.1:5432/{database}", ARDESK_DB_USER="postgres",
               ARDESK_ADMIN_PASSWORD=ADMIN_PASSWORD, ARDESK_SECURE_COOKIES="false")
    args = ["java", "-Xmx768m", "-jar", jar, f"--server.port={port}", f"--spring.mail.port={smtp_port}",
            "--spring.mail.host=127.0.0.1",
            # the engine writes this into the job log: jobs done per node
            f"--camunda.bpm.generic-properties.properties.hostname={name}"] + extra
    out = open(os.path.join(logdir, f"{name}.log"), "w")
    return subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


SETTINGS = [  # (printed name, key in application.yaml's nesting, last segment searched)
    ("job lock (ms)", "lock-time-in-millis"), ("acquisition wait (ms)", "wait-time-in-millis"),
    ("acquisition max wait (ms)", "max-wait"), ("jobs per acquisition", "max-jobs-per-acquisition"),
    ("run page (customers)", "run-page-size"), ("outbox interval (ms)", "delivery-interval-ms"),
    ("letter claim timeout", "claim-timeout"), ("SMTP send deadline", "send-deadline"),
    ("outbox batch", "batch-size"), ("senders per node", "senders"),
    ("heartbeat", "heartbeat-interval"), ("silent node after", "silent-after"),
    ("SMTP connect / read / write (ms)", "mail.smtp.connectiontimeout"),
]


def settings(jar, extra):
    """The takeover's settings as the jar's application.yaml has them, with any --key=value given to the nodes."""
    try:
        yaml = subprocess.run(["unzip", "-p", jar, "BOOT-INF/classes/application.yaml"], capture_output=True,
                              text=True, timeout=60).stdout
    except Exception:
        yaml = ""
    def value(key):
        for arg in extra:
            if arg.startswith("--") and "=" in arg and arg[2:].split("=", 1)[0].endswith(key):
                return arg.split("=", 1)[1] + " (given)"
        m = re.search(r"^\s*" + re.escape(key) + r":\s*(\S+)", yaml, re.M)
        return m.group(1) if m else "?"
    shown = []
    for name, key in SETTINGS:
        if key == "mail.smtp.connectiontimeout":
            shown.append(f"{name} {value(key)} / {value('mail.smtp.timeout')} / {value('mail.smtp.writetimeout')}")
        else:
            shown.append(f"{name} {value(key)}")
    return shown


class Load:
    """The machine's 1-minute load average every 5 s (the check shares the cores with whatever else runs)."""

    def __init__(self):
        self.samples = []
        self.stopped = False
        threading.Thread(target=self.run, daemon=True).start()

    def run(self):
        while not self.stopped:
            try:
                with open("/proc/loadavg") as f:
                    self.samples.append((time.time(), float(f.read().split()[0])))
            except OSError:
                pass
            time.sleep(5)

    def now(self):
        return self.samples[-1][1] if self.samples else float("nan")

    def between(self, start, end):
        values = [v for t, v in self.samples if start <= t <= end]
        return f"{min(values):.1f}-{max(values):.1f}" if values else "not sampled"


def sending(pid, smtp_port):
    """Whether process pid has a TCP connection open to the SMTP sink (it is handing over a letter)."""
    out = subprocess.run(["ss", "-Htnp", "state", "established", "dport", "=", f":{smtp_port}"],
                         capture_output=True, text=True).stdout
    return f"pid={pid}," in out


def wait_healthy(port, process, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"node on port {port} exited with {process.returncode}; see its log")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/actuator/health", timeout=5) as r:
                if r.status == 200:
                    return
        except Exception:
            pass
        time.sleep(0.5)
    raise SystemExit(f"node on port {port} not healthy after {seconds} s")


def start_together(args, db, nodes):
    """Both nodes at once on the empty database: each one's time to ready, waits for the start-up lock, ERRORs."""
    begun, ready, ports = time.time(), {}, {"node-a": args.port_a, "node-b": args.port_b}
    for name, port in ports.items():
        nodes[name] = start_node(args.jar, name, port, db, args.smtp_port, args.logdir, args.node_args)
    def wait(name):
        wait_healthy(ports[name], nodes[name], 300)
        ready[name] = time.time() - begun
    threads = [threading.Thread(target=wait, args=(name,)) for name in ports]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for name in ports:
        lines = open(os.path.join(args.logdir, f"{name}.log"), errors="replace").read().splitlines()
        waits = [" ".join(m) + " ms" for m in re.findall(r"Start-up step ('[^']+') waited (\d+) ms", "\n".join(lines))]
        errors = sum('"level":"ERROR"' in line or " ERROR " in line for line in lines)
        log(f"{name} ready after {ready.get(name, float('nan')):.1f} s; {errors} ERROR lines;"
            f" waited for the start-up lock (> 1 s): {', '.join(waits) or 'never'}")
    if len(ready) < 2:
        raise SystemExit("not both nodes up")


def outage_check(args, db, n, sink, started):
    """The mail server is down for --smtp-outage seconds from the start of the run, then back: the outbox
    retries on its schedule (1, 2, 5, 15 minutes, then hourly), so every letter arrives once, none twice."""
    ids, lock = sink.ids, sink.lock
    sink.close()
    log(f"SMTP sink down for {args.smtp_outage:.0f} s")
    while time.time() - started < args.smtp_outage:
        time.sleep(0.5)
    waiting = scalar(db, "select count(*) from outgoing_letter where delivery = 'PENDING' and first_failed_at is not null")
    sink = Sink(args.smtp_port, 0.0, ids, lock)
    # asyncore's loop ended when the first sink closed: serve the new one
    threading.Thread(target=lambda: asyncore.loop(timeout=0.5), daemon=True).start()
    back = time.time()
    log(f"SMTP sink back after {back - started:.1f} s; {waiting} letters waiting for their next attempt")
    done_at = None
    while time.time() - back < args.timeout:
        open_letters = scalar(db, "select count(*) from outgoing_letter where delivery in ('PENDING','SENDING')")
        cases = scalar(db, "select count(*) from collection_case")
        if open_letters == 0 and cases >= n and len(set(sink.snapshot())) >= scalar(
                db, "select count(*) from outgoing_letter where recipient is not null"):
            done_at = time.time()
            break
        time.sleep(1)
    time.sleep(3)
    received = sink.snapshot()
    keys = {row[0] for row in psql(db, "select message_id from outgoing_letter where recipient is not null")}
    failed = scalar(db, "select count(*) from outgoing_letter where delivery = 'FAILED'")
    retried = scalar(db, "select count(*) from outgoing_letter where attempts > 1")
    most = scalar(db, "select coalesce(max(attempts), 0) from outgoing_letter")
    print()
    print(f"letters stored (by e-mail)        {len(keys)}")
    print(f"received / distinct               {len(received)} / {len(set(received))}")
    print(f"losses (stored not received)      {len(keys - set(received))}")
    print(f"FAILED                            {failed}")
    print(f"letters tried more than once      {retried} (most attempts {most})")
    print(f"all delivered after the outage    " + (f"{done_at - back:.1f} s after the server came back" if done_at
                                                   else f"NOT within {args.timeout} s"))
    ok = done_at is not None and failed == 0 and len(received) == len(set(received)) and not (keys - set(received))
    print(f"goal (every letter once, none twice, none FAILED): {'MET' if ok else 'NOT MET'}")
    sink.close()
    return 0 if ok else 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", required=True)
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--database", default="ardesk_cluster_check")
    parser.add_argument("--port-a", type=int, default=18081)
    parser.add_argument("--port-b", type=int, default=18082)
    parser.add_argument("--smtp-port", type=int, default=12525)
    parser.add_argument("--kill-after-cases", type=float, default=0.3,
                        help="kill node A when this share of the cases has started")
    parser.add_argument("--smtp-delay", type=float, default=0.0,
                        help="seconds the SMTP sink takes to accept each message until the kill (a slow mail"
                             " server, so that node A is likely to die with a letter claimed)")
    parser.add_argument("--kill-while-sending", action="store_true",
                        help="after --kill-after-cases, wait until node A is connected to the SMTP sink with a"
                             " letter claimed (SENDING), then kill it")
    parser.add_argument("--smtp-outage", type=float, default=0.0,
                        help="instead of the kill: the SMTP sink is down for this many seconds from the start of the"
                             " run (connections refused), then back; every letter must arrive once, none FAILED")
    parser.add_argument("--start-together", action="store_true",
                        help="start both nodes at the same moment on the empty database (not A, then B)")
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("--logdir", default="target/cluster-check")
    parser.add_argument("--keep-database", action="store_true")
    parser.add_argument("node_args", nargs="*", help="more arguments for both nodes (after --)")
    args = parser.parse_args()
    os.makedirs(args.logdir, exist_ok=True)
    db = args.database
    n = args.customers

    load = Load()
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                timeout=10).stdout.strip()
    except Exception:
        commit = "?"
    log(f"jar {args.jar} (commit {commit or '?'}), {os.cpu_count()} cores; settings: " + "; ".join(settings(args.jar, args.node_args)))
    psql("postgres", f"DROP DATABASE IF EXISTS {db}")
    psql("postgres", f"CREATE DATABASE {db}")
    log(f"database {db} created; SMTP sink on 127.0.0.1:{args.smtp_port}")
    sink = Sink(args.smtp_port, args.smtp_delay)
    threading.Thread(target=lambda: asyncore.loop(timeout=0.5), daemon=True).start()

    nodes = {}
    try:
        if args.start_together:
            start_together(args, db, nodes)
        else:  # node A first: it creates the engine's and the application's tables; then node B
            nodes["node-a"] = start_node(args.jar, "node-a", args.port_a, db, args.smtp_port, args.logdir, args.node_args)
            wait_healthy(args.port_a, nodes["node-a"], 300)
            nodes["node-b"] = start_node(args.jar, "node-b", args.port_b, db, args.smtp_port, args.logdir, args.node_args)
            wait_healthy(args.port_b, nodes["node-b"], 300)
        log("both nodes up")

        today = datetime.date.today()
        customers = ["customer_no,name,email,grade,credit_limit,payment_terms_days,language"]
        invoices = ["invoice_no,customer_no,issue_date,amount,due_date"]
        for i in range(n):
            no = f"CC-{i:06d}"
            customers.append(f"{no},Cluster Customer {i},ap{i}@customer.test,B,100000.00,30,en")
            # 20 days past due: stage LETTER_1, one letter per customer
            due = today - datetime.timedelta(days=20)
            invoices.append(f"INV-{no},{no},{(due - datetime.timedelta(days=30)).isoformat()},1000.00,{due.isoformat()}")
        status, body = http(args.port_a, "POST", "/api/imports/customers", ("\n".join(customers) + "\n").encode(), "text/csv")
        assert status in (200, 201), (status, body[:500])
        status, body = http(args.port_b, "POST", "/api/imports/invoices", ("\n".join(invoices) + "\n").encode(), "text/csv")
        assert status in (200, 201), (status, body[:500])
        overdue = scalar(db, "select count(distinct c.customer_no) from customer c join invoice i on i.customer_id = c.id")
        log(f"imported {n} customers with one invoice each, 20 days past due")

        status, body = http(args.port_a, "POST", "/api/collections/runs", b"{}")
        assert status == 202, (status, body[:500])
        started = time.time()
        log(f"collections run started on node-a: {body.strip()}")

        if args.smtp_outage > 0:
            return outage_check(args, db, n, sink, started)

        while scalar(db, "select count(*) from collection_case") < n * args.kill_after_cases:
            if time.time() - started > args.timeout:
                raise SystemExit("run did not get going")
            time.sleep(0.2)
        sending_at_kill = None
        if args.kill_while_sending:
            sending_at_kill = False
            while time.time() - started < args.timeout:
                if sending(nodes["node-a"].pid, args.smtp_port) \
                        and scalar(db, "select count(*) from outgoing_letter where delivery = 'SENDING'") > 0:
                    sending_at_kill = True
                    break
                time.sleep(0.05)
        cases_at_kill = scalar(db, "select count(*) from collection_case")
        os.killpg(nodes["node-a"].pid, signal.SIGKILL)
        nodes["node-a"].wait()
        killed = time.time()
        sink.delay = 0.0  # the mail server is quick again: what follows measures the takeover, not the sink
        # what was held at the kill: jobs locked (by either node) and letters claimed for sending
        held_jobs = {r[0] for r in psql(db, "select id_ from act_ru_job where lock_exp_time_ is not null")}
        held_letters = {r[0] for r in psql(db, "select id from outgoing_letter where delivery = 'SENDING'")}
        held_keys = {r[0] for r in psql(db, "select message_id from outgoing_letter where delivery = 'SENDING'")}
        held_done_at = None
        sent_at_kill = scalar(db, "select count(*) from outgoing_letter where delivery = 'SENT'")
        b_jobs_at_kill = scalar(db, "select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = 'node-b'")
        first_b_job_at = cases_done_at = given_back_at = None
        next_report = killed + 10
        log(f"kill -9 node-a {killed - started:.1f} s after the run started ({cases_at_kill} cases started"
            + ("" if sending_at_kill is None else
               ", node A connected to the SMTP sink with a letter claimed" if sending_at_kill else
               ", node A never seen sending: killed at the timeout") + ")")

        done_at = None
        while time.time() - killed < args.timeout:
            jobs = scalar(db, "select count(*) from act_ru_job where handler_type_ <> 'timer-transition'"
                              " and (duedate_ is null or duedate_ <= now()) and retries_ > 0")
            runs = scalar(db, "select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                              " where d.key_ = 'collections-run' and e.parent_id_ is null")
            cases = scalar(db, "select count(*) from collection_case")
            letters_open = scalar(db, "select count(*) from outgoing_letter where delivery in ('PENDING','SENDING')")
            unique = len(set(sink.snapshot()))
            now = time.time()
            if first_b_job_at is None and scalar(
                    db, "select count(*) from act_hi_job_log where job_state_ = 2 and hostname_ = 'node-b'") > b_jobs_at_kill:
                first_b_job_at = now
            # node B takes node A for dead once A's heartbeat is older than ardesk.cluster.silent-after,
            # gives back the jobs A had locked and removes A's row (NodeHeartbeat)
            if given_back_at is None and scalar(db, "select count(*) from cluster_node where node_name = 'node-a'") == 0:
                given_back_at = now
            if cases_done_at is None and cases >= overdue and runs == 0:
                cases_done_at = now
            if now >= next_report:
                next_report += 10
                sent_now = scalar(db, "select count(*) from outgoing_letter where delivery = 'SENT'")
                log(f"+{now - killed:5.1f} s: cases {cases}/{overdue}, due jobs {jobs}, letters SENT {sent_now}"
                    f" (+{sent_now - sent_at_kill} since the kill), open {letters_open}, load {load.now():.1f}")
            if held_done_at is None:
                still = 0
                if held_jobs:
                    still += scalar(db, "select count(*) from act_ru_job where id_ in ("
                                    + ",".join(f"'{j}'" for j in held_jobs) + ")")
                if held_letters:
                    still += scalar(db, "select count(*) from outgoing_letter where delivery <> 'SENT' and id in ("
                                    + ",".join(held_letters) + ")")
                if still == 0:
                    held_done_at = time.time()
            if jobs == 0 and runs == 0 and cases >= overdue and letters_open == 0 \
                    and unique >= scalar(db, "select count(*) from outgoing_letter where recipient is not null"):
                done_at = time.time()
                break
            time.sleep(0.5)
        time.sleep(3)  # anything sent twice late would show now

        received = sink.snapshot()
        stored = scalar(db, "select count(*) from outgoing_letter")
        stored_mail = scalar(db, "select count(*) from outgoing_letter where recipient is not null")
        sent = scalar(db, "select count(*) from outgoing_letter where delivery = 'SENT'")
        failed = scalar(db, "select count(*) from outgoing_letter where delivery = 'FAILED'")
        cases = scalar(db, "select count(*) from collection_case")
        instances = scalar(db, "select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
                               " where d.key_ = 'collection-case' and e.parent_id_ is null")
        duplicate_keys = scalar(db, "select count(*) - count(distinct message_id) from outgoing_letter")
        unique_ids = set(received)
        keys = {row[0] for row in psql(db, "select message_id from outgoing_letter where recipient is not null")}
        expected = overdue
        per_node = psql(db, "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_ order by 1")
        incidents = scalar(db, "select count(*) from act_ru_incident")
        print()
        print(f"overdue customers                 {overdue}")
        print(f"cases started (rows / instances)  {cases} / {instances}")
        print(f"letters expected / stored / received  {expected} / {stored} ({stored_mail} by e-mail, {sent} SENT, {failed} FAILED) / {len(received)}")
        print(f"duplicates (sink / outbox keys)   {len(received) - len(unique_ids)} / {duplicate_keys}")
        for twice in sorted({m for m in received if received.count(m) > 1}):
            arrived = ", ".join(f"{t - killed:+.1f} s" for t in sink.times.get(twice, []))
            attempts = psql(db, "select attempts, delivery from outgoing_letter where message_id = '"
                            + str(twice).replace("'", "''") + "'")
            print(f"  sent twice: {twice}, arrived {arrived} from the kill; "
                  + ("claimed by node A at the kill: the server had it before node A could mark it sent"
                     if twice in held_keys else "NOT claimed at the kill")
                  + (f"; attempts {attempts[0][0]}, {attempts[0][1]}" if attempts else ""))
        window = sum(1 for m in {m for m in received if received.count(m) > 1}
                     if m in held_keys and min(sink.times.get(m, [killed])) <= killed)
        print(f"  of which not in the kill's window  {len(received) - len(unique_ids) - window}"
              " (a letter node A had claimed, whose first copy arrived before the kill, is SMTP's at-least-once)")
        print(f"losses (stored not received)      {len(keys - unique_ids)}")
        print(f"losses (expected not stored)      {max(0, expected - stored)}")
        print(f"incidents                         {incidents}")
        if held_done_at:
            print(f"held at the kill, done after      {held_done_at - killed:.1f} s ({len(held_jobs)} jobs locked,"
                  f" {len(held_letters)} letters claimed)")
        else:
            print(f"held at the kill: NOT all done ({len(held_jobs)} jobs locked, {len(held_letters)} letters claimed)")
        if done_at:
            print(f"done after the kill               {done_at - killed:.1f} s (run began {killed - started:.1f} s before the kill)")
        else:
            print(f"NOT done {args.timeout} s after the kill")
        # the job log is kept at history level ardesk-audit (docs/operations.md "History")
        print("jobs done per node                " + (", ".join(f"{h}: {c}" for h, c in per_node) if per_node
              else "not recorded (the engine's job log needs history level ardesk-audit or full)"))
        ok = done_at is not None and done_at - killed <= 60 and len(received) == len(unique_ids) \
            and cases >= overdue and stored >= expected and duplicate_keys == 0
        print("where the time after the kill went")
        print(f"  node-a's jobs given back        " + (f"{given_back_at - killed:.1f} s (node-a silent, its jobs unlocked)"
                                                          if given_back_at else "never (their lock ran out)"))
        print(f"  node-b's first job done         " + (f"{first_b_job_at - killed:.1f} s" if first_b_job_at else "never"))
        print(f"  every case started, run ended   " + (f"{cases_done_at - killed:.1f} s" if cases_done_at else "not"))
        print(f"  letters sent after the kill     {sent - sent_at_kill} (of {sent}; {sent_at_kill} before it)")
        # a page's job is created when the page before it commits: created -> done is its wait for
        # acquisition plus its run, an upper bound of the run (pages held by the killed node left out)
        held = ",".join(f"'{j}'" for j in held_jobs) or "''"
        pages = psql(db, "select count(*), coalesce(round(max(extract(epoch from s.timestamp_ - c.timestamp_))::numeric, 2), 0),"
                         " coalesce(round((percentile_cont(0.95) within group (order by extract(epoch from s.timestamp_ - c.timestamp_)))::numeric, 2), 0)"
                         " from act_hi_job_log s join act_hi_job_log c on c.job_id_ = s.job_id_ and c.job_state_ = 0"
                         f" where s.job_state_ = 2 and s.act_id_ = 'Task_RunPage' and s.job_id_ not in ({held})")
        if pages:
            print(f"  run pages (created -> done)     {pages[0][0]} pages, p95 {pages[0][1 + 1]} s, longest {pages[0][1]} s"
                  " (upper bound of a page's run: includes its wait to be acquired)")
        print(f"load average (1 min, every 5 s)   run before the kill {load.between(started, killed)},"
              f" after the kill {load.between(killed, done_at or time.time())}")
        twice = len(received) - len(unique_ids)
        only_window = not ok and twice > 0 and twice == window and done_at is not None and done_at - killed <= 60 \
            and cases >= overdue and stored >= expected and duplicate_keys == 0 and not (keys - unique_ids)
        print(f"goal (0 duplicates, 0 losses, done <= 60 s after the kill): {'MET' if ok else 'NOT MET'}"
              + (f" (only by the {twice} letter(s) the mail server took in the kill's instant, sent again with the"
                 " same Message-ID: SMTP's at-least-once)" if only_window else ""))
        return 0 if ok else 1
    finally:
        for name, process in nodes.items():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(40)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
        sink.close()
        if not args.keep_database:
            psql("postgres", f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")


if __name__ == "__main__":
    sys.exit(main())
