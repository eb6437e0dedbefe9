"""NetworkX reads our GraphML and node-link JSON with the same nodes, edges
and attributes as the JSON graph."""

import json
import re
import unittest
import warnings

import networkx as nx

import common

LIST_SEPARATOR = "; "
FIXED_NODE_KEYS = {"label", "type", "name", "mentions", "aliases", "country", "articles"}
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(s):
    """What survives XML 1.0: the characters it forbids are dropped."""
    return XML_FORBIDDEN.sub("", s)


def expected_graphml_node(n):
    d = {
        "label": n["name"],
        "type": n["type"],
        "name": n["name"],
        "mentions": n["mentions"],
        "aliases": LIST_SEPARATOR.join(n["aliases"]),
        "articles": LIST_SEPARATOR.join(n["articles"]),
    }
    if "country" in n:
        d["country"] = n["country"]
    for k, v in n["attributes"].items():
        if v is None:
            continue
        key = f"attr_{k}" if k in FIXED_NODE_KEYS else k
        d[key] = v if isinstance(v, (str, bool, int, float)) else json.dumps(v)
    return {k: xml_text(v) if isinstance(v, str) else v for k, v in d.items()}


def expected_graphml_edge(e):
    d = {
        "label": e["label"],
        "kind": e["kind"],
        "directed": e["directed"],
        "negated": e["negated"],
        "weight": float(e["weight"]),
        "evidence": "\n".join(f"[{ev['article']}] {ev['text']}" for ev in e["evidence"]),
    }
    for k in ("category", "mood", "attributed_to", "first_seen", "last_seen"):
        if k in e:
            d[k] = e[k]
    return {k: xml_text(v) if isinstance(v, str) else v for k, v in d.items()}


class Consumer:
    """Checks for one graph; subclasses name it and its inputs."""

    name = None

    def inputs(self):
        raise NotImplementedError

    def extra(self):
        return []

    def setUp(self):
        self.graphml = common.export(self.name, self.inputs(), "graphml", *self.extra())
        self.node_link = common.export(self.name, self.inputs(), "node-link", *self.extra())
        self.g = common.graph(self.name)

    def test_graphml(self):
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            G = nx.read_graphml(self.graphml, force_multigraph=True)
        self.assertIsInstance(G, nx.MultiDiGraph)
        self.assertEqual(G.number_of_nodes(), len(self.g["nodes"]))
        self.assertEqual(G.number_of_edges(), len(self.g["edges"]))
        for n in self.g["nodes"]:
            self.assertEqual(G.nodes[xml_text(n["id"])], expected_graphml_node(n), n["id"])
        for i, e in enumerate(self.g["edges"]):
            data = G.get_edge_data(xml_text(e["source"]), xml_text(e["target"]), key=f"e{i}")
            self.assertEqual(data, expected_graphml_edge(e), (e["source"], e["target"], e["label"]))

    def test_node_link(self):
        data = json.loads(self.node_link.read_text(encoding="utf-8"))
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            G = nx.node_link_graph(data)
        self.assertIsInstance(G, nx.MultiDiGraph)
        self.assertEqual(G.number_of_nodes(), len(self.g["nodes"]))
        self.assertEqual(G.number_of_edges(), len(self.g["edges"]))
        self.assertEqual(G.graph["articles"], self.g["articles"])
        for n in self.g["nodes"]:
            attrs = {k: v for k, v in n.items() if k != "id"}
            self.assertEqual(G.nodes[n["id"]], attrs)
        seen = set()
        for e in self.g["edges"]:
            matches = [
                d for _, target, d in G.edges(e["source"], data=True)
                if target == e["target"] and d["kind"] == e["kind"] and d["label"] == e["label"]
                and d["negated"] == e["negated"] and d.get("mood") == e.get("mood")
                and d.get("attributed_to") == e.get("attributed_to")
            ]
            self.assertEqual(len(matches), 1, e)
            attrs = {k: v for k, v in e.items() if k not in ("source", "target")}
            self.assertEqual(matches[0], attrs)
            seen.add(id(matches[0]))
        self.assertEqual(len(seen), len(self.g["edges"]))


class Summit(Consumer, unittest.TestCase):
    name = "summit"

    def inputs(self):
        return [common.SUMMIT]


class Hostile(Consumer, unittest.TestCase):
    name = "hostile"

    def inputs(self):
        return [common.hostile_inputs()[0]]

    def extra(self):
        return ["-g", common.hostile_inputs()[1]]

    def test_hostile_text_survives(self):
        G = nx.read_graphml(self.graphml, force_multigraph=True)
        self.assertEqual(G.nodes["organization:q"]["name"], "Quote \"Co\" \\N O'Brien </script> ]]> & {x}")
        evidence = [d["evidence"] for _, _, d in G.edges(data=True)]
        self.assertTrue(any("</script><img src=x onerror=alert(1)> & ]]>" in t and "\t" in t and "\u2028" in t
                            for t in evidence), evidence)


@unittest.skipUnless(common.shared_present(), "SKIP: ../shared is absent (seed article)")
class Seed(Consumer, unittest.TestCase):
    name = "seed"

    def inputs(self):
        return [common.SEED]


@unittest.skipUnless(common.shared_present(), "SKIP: ../shared is absent (BBC politics corpus)")
class BbcPolitics(Consumer, unittest.TestCase):
    name = "bbc-politics"

    def inputs(self):
        return common.bbc_inputs()


if __name__ == "__main__":
    unittest.main()
