"""The Cypher script and the Neo4j CSV files load into Kùzu, an embedded
openCypher database: re-running a script changes nothing, a second
article's script adds to the graph without duplicates, and the counts,
weights and Putin's relations are those of the merged JSON graph."""

import csv
import json
import shutil
import unittest

import kuzu

import common


def rows(conn, query):
    result = conn.execute(query)
    out = []
    while result.has_next():
        out.append(result.get_next())
    return out


def cypher_script(name, inputs, extra=()):
    out = common.TMP / f"{name}.kuzu.cypher"
    if not out.exists():
        common.nergraph("extract", *inputs, *extra, "--format", "cypher", "--cypher-dialect", "kuzu", "-o", out)
    return out.read_text(encoding="utf-8")


def merged_graph(name, inputs, extra=()):
    out = common.TMP / f"{name}.json"
    if not out.exists():
        common.nergraph("extract", *inputs, *extra, "-o", out)
    return json.loads(out.read_text(encoding="utf-8"))


def snapshot(conn):
    """Everything in the database, in a comparable form."""
    nodes = {
        r[0]: {"name": r[1], "type": r[2], "mentions": r[3], "aliases": sorted(r[4]), "articles": sorted(r[5])}
        for r in rows(conn, "MATCH (n:Entity) RETURN n.id, n.name, n.type, n.mentions, n.aliases, n.articles")
    }
    edges = {}
    for r in rows(conn, "MATCH (a:Entity)-[r:RELATION]->(b:Entity) RETURN a.id, b.id, r.kind, r.label, "
                        "r.negated, r.mood, r.attributed_to, r.weight, r.evidence, r.category, r.directed"):
        key = tuple(r[:7])
        assert key not in edges, f"duplicate relation {key}"
        edges[key] = {"weight": r[7], "evidence": sorted(json.dumps(json.loads(x), sort_keys=True) for x in r[8]),
                      "category": r[9], "directed": r[10]}
    articles = sorted(r[0] for r in rows(conn, "MATCH (a:Article) RETURN a.id"))
    mentioned = sorted((r[0], r[1]) for r in rows(conn, "MATCH (n:Entity)-[:MENTIONED_IN]->(a:Article) RETURN n.id, a.id"))
    return {"nodes": nodes, "edges": edges, "articles": articles, "mentioned": mentioned}


def expected(g):
    nodes = {
        n["id"]: {"name": n["name"], "type": n["type"], "mentions": n["mentions"],
                  "aliases": sorted(n["aliases"]), "articles": sorted(n["articles"])}
        for n in g["nodes"]
    }
    edges = {
        (e["source"], e["target"], e["kind"], e["label"], e["negated"], e.get("mood", ""), e.get("attributed_to", "")): {
            "weight": e["weight"],
            "evidence": sorted(json.dumps(ev, sort_keys=True) for ev in e["evidence"]),
            "category": e.get("category"),
            "directed": e["directed"],
        }
        for e in g["edges"]
    }
    articles = sorted(a["id"] for a in g["articles"])
    mentioned = sorted((n["id"], a) for n in g["nodes"] for a in n["articles"])
    return {"nodes": nodes, "edges": edges, "articles": articles, "mentioned": mentioned}


class CypherPair:
    """Loads article A's script twice and article B's once."""

    first = second = None  # (name, inputs, extra)

    def setUp(self):
        self.dir = common.TMP / f"kuzu-{self.__class__.__name__}"
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True)
        self.db = kuzu.Database(str(self.dir / "db"))
        self.conn = kuzu.Connection(self.db)

    def tearDown(self):
        self.conn.close()
        self.db.close()

    def test_idempotent_and_additive(self):
        a = cypher_script(*self.first)
        b = cypher_script(*self.second)
        self.conn.execute(a)
        once = snapshot(self.conn)
        self.assertEqual(once, expected(merged_graph(*self.first)))
        self.conn.execute(a)
        self.assertEqual(snapshot(self.conn), once, "re-running a script changed the database")
        self.conn.execute(b)
        both = merged_graph(f"{self.first[0]}+{self.second[0]}", [*self.first[1], *self.second[1]],
                            [*self.first[2], *self.second[2]])
        got = snapshot(self.conn)
        want = expected(both)
        self.assertEqual(len(got["nodes"]), len(both["nodes"]))
        self.assertEqual(len(got["edges"]), len(both["edges"]))
        self.assertEqual(got, want)
        # Running the first script once more still adds nothing.
        self.conn.execute(a)
        self.assertEqual(snapshot(self.conn), want)
        self.check_putin(both)

    def check_putin(self, g):
        pass


class SummitHostile(CypherPair, unittest.TestCase):
    first = ("summit", [common.SUMMIT], [])

    @property
    def second(self):
        art, gaz = common.hostile_inputs()
        return ("hostile", [art], ["-g", gaz])

    def test_hostile_text_is_stored_exactly(self):
        art, gaz = common.hostile_inputs()
        self.conn.execute(cypher_script("hostile", [art], ["-g", gaz]))
        names = dict(rows(self.conn, "MATCH (n:Entity) RETURN n.id, n.name"))
        self.assertEqual(names["organization:q"], "Quote \"Co\" \\N O'Brien </script> ]]> & {x}")
        self.assertEqual(names["organization:r"], "=HYPERLINK(\"x\") Restco")
        evidence = [json.loads(x)["text"] for r in rows(self.conn, "MATCH ()-[r:RELATION]->() RETURN r.evidence")
                    for x in r[0]]
        self.assertIn(common.HOSTILE_ARTICLE.split("\n")[0], evidence)

    def test_neo4j_csv_loads(self):
        art, gaz = common.hostile_inputs()
        out = common.TMP / "hostile-csv"
        if not out.exists():
            common.nergraph("extract", art, "-g", gaz, "--format", "neo4j-csv", "-o", out)
        g = merged_graph("hostile", [art], ["-g", gaz])
        with open(out / "nodes.csv", newline="", encoding="utf-8") as f:
            header, *records = list(csv.reader(f))
        self.assertEqual(header[:3], ["id:ID", ":LABEL", "name"])
        self.assertEqual(len(records), len(g["nodes"]))
        names = {r[0]: r[2] for r in records}
        # Formula guard: a leading = + - @ gets an apostrophe.
        self.assertEqual(names["organization:r"], "'=HYPERLINK(\"x\") Restco")
        self.assertEqual(names["organization:s"], "'-Minus; @At, Co")
        self.assertEqual(names["organization:q"], "Quote \"Co\" \\N O'Brien </script> ]]> & {x}")
        self.conn.execute(
            "CREATE NODE TABLE Entity(id STRING, labels STRING, name STRING, type STRING, mentions INT64, "
            "aliases STRING, country STRING, articles STRING, attributes STRING, PRIMARY KEY(id))")
        self.conn.execute(
            "CREATE REL TABLE RELATION(FROM Entity TO Entity, type STRING, kind STRING, label STRING, "
            "category STRING, directed BOOLEAN, negated BOOLEAN, mood STRING, attributed_to STRING, "
            "first_seen STRING, last_seen STRING, weight INT64, evidence STRING)")
        self.conn.execute(f"COPY Entity FROM '{out / 'nodes.csv'}' (header=true, parallel=false)")
        self.conn.execute(f"COPY RELATION FROM '{out / 'relationships.csv'}' (header=true, parallel=false)")
        self.assertEqual(rows(self.conn, "MATCH (n:Entity) RETURN count(*)")[0][0], len(g["nodes"]))
        self.assertEqual(rows(self.conn, "MATCH ()-[r:RELATION]->() RETURN count(*)")[0][0], len(g["edges"]))
        got = {(r[0], r[1], r[2]): (r[3], json.loads(r[4])) for r in rows(
            self.conn, "MATCH (a)-[r:RELATION]->(b) RETURN a.id, b.id, r.label, r.weight, r.evidence")}
        for e in g["edges"]:
            self.assertEqual(got[(e["source"], e["target"], e["label"])], (e["weight"], e["evidence"]))


@unittest.skipUnless(common.shared_present(), "SKIP: ../shared is absent (seed article)")
class SeedSummit(CypherPair, unittest.TestCase):
    first = ("seed", [common.SEED], [])
    second = ("summit", [common.SUMMIT], [])

    def check_putin(self, g):
        got = sorted(
            (r[0], r[1]) for r in rows(
                self.conn,
                "MATCH (p:Entity {id: 'person:vladimir-putin'})-[r:RELATION]->(o:Entity) "
                "WHERE r.kind <> 'cooccurrence' RETURN r.label, o.id"))
        want = sorted((e["label"], e["target"]) for e in g["edges"]
                      if e["source"] == "person:vladimir-putin" and e["kind"] != "cooccurrence")
        self.assertEqual(got, want)
        # From the seed article and from the summit article.
        self.assertIn(("praise", "country:PRK"), got)
        self.assertIn(("leader_of", "country:RUS"), got)


if __name__ == "__main__":
    unittest.main()
