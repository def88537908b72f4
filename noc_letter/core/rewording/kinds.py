"""Kinds of object a verb is said of ("install" a panel, "care for" a patient, "prepare" a soup):
small noun lists (lemmas), written for this app from ordinary English usage and reviewed by
hand; none is derived from evaluation data."""

from __future__ import annotations

# People (and animals) one can care for: "look after patients" is "care for patients".
PERSON_NOUNS = frozenset(
    [
        "patient",
        "resident",
        "client",
        "child",
        "children",
        "kid",
        "baby",
        "infant",
        "toddler",
        "senior",
        "elder",
        "adult",
        "person",
        "people",
        "individual",
        "man",
        "woman",
        "lady",
        "gentleman",
        "boy",
        "girl",
        "family",
        "student",
        "youth",
        "teen",
        "teenager",
        "preschooler",
        "newborn",
        "mother",
        "father",
        "parent",
        "grandparent",
        "animal",
        "pet",
        "dog",
        "cat",
        "horse",
        "cattle",
        "livestock",
    ]
)
# Problems one can resolve or look into.
PROBLEM_NOUNS = frozenset(
    [
        "problem",
        "issue",
        "complaint",
        "difference",
        "discrepancy",
        "error",
        "conflict",
        "dispute",
        "question",
        "concern",
        "fault",
        "bug",
        "glitch",
        "mistake",
        "mix-up",
        "delay",
    ]
)
# Forms and the like that one fills in (completes).
FORM_NOUNS = frozenset(
    [
        "form",
        "application",
        "timesheet",
        "checklist",
        "log",
        "logbook",
        "paperwork",
        "questionnaire",
        "survey",
        "claim",
        "report",
        "sheet",
        "card",
        "declaration",
        "return",
        "requisition",
    ]
)
# Documents one prepares, puts together, writes up or goes over.
DOCUMENT_NOUNS = frozenset(
    [
        "report",
        "presentation",
        "proposal",
        "document",
        "page",
        "plan",
        "schedule",
        "list",
        "summary",
        "budget",
        "quote",
        "estimate",
        "statement",
        "invoice",
        "contract",
        "file",
        "record",
        "note",
        "minute",
        "letter",
        "order",
        "agenda",
        "manual",
        "brochure",
        "newsletter",
        "spreadsheet",
    ]
)
# Things one takes out (removes): waste.
WASTE_NOUNS = frozenset(
    [
        "garbage",
        "trash",
        "recycling",
        "waste",
        "compost",
        "refuse",
        "rubbish",
        "debris",
    ]
)
# Goods one picks up (collects) or drops off (delivers).
GOODS_NOUNS = frozenset(
    [
        "parcel",
        "package",
        "order",
        "delivery",
        "load",
        "freight",
        "shipment",
        "mail",
        "supply",
        "product",
        "good",
        "item",
        "box",
        "pallet",
        "container",
        "sample",
        "specimen",
    ]
)
# Computer equipment and software one sets up (configures).
DEVICE_NOUNS = frozenset(
    [
        "computer",
        "laptop",
        "desktop",
        "printer",
        "scanner",
        "phone",
        "smartphone",
        "tablet",
        "network",
        "server",
        "router",
        "switch",
        "firewall",
        "software",
        "application",
        "app",
        "system",
        "account",
        "workstation",
        "email",
        "mailbox",
        "pipeline",
        "database",
        "website",
        "domain",
        "vpn",
    ]
)
# Objects a phrasal verb never stands for a concrete action on ("put in an order", "put in
# hours"): they make "any concrete object" entries step back.
ABSTRACT_NOUNS = frozenset(
    [
        "order",
        "request",
        "claim",
        "hour",
        "time",
        "effort",
        "application",
        "money",
        "data",
        "entry",
        "number",
        "note",
        "word",
        "notice",
        "overtime",
        "shift",
        "vacation",
        "complaint",
        "idea",
        "suggestion",
        "bid",
        "offer",
        "proposal",
    ]
)
# Everyday verbs that mean a duty verb for one kind of object only: "make soups" is preparing
# them, "give meds" is administering them. A swap needs the object to be of that kind, and the
# target to use the new verb for an object of the same kind.
FOOD_NOUNS = frozenset(
    [
        "soup",
        "sauce",
        "special",
        "meal",
        "dish",
        "food",
        "salad",
        "sandwich",
        "pizza",
        "pasta",
        "dessert",
        "pastry",
        "bread",
        "cake",
        "breakfast",
        "lunch",
        "dinner",
        "dough",
        "stock",
        "broth",
        "appetizer",
        "entree",
        "burger",
        "snack",
        "vegetable",
        "meat",
        "fish",
        "drink",
        "cocktail",
        "coffee",
        "beverage",
        "muffin",
        "croissant",
        "cookie",
        "pie",
        "side",
        "order",
    ]
)
# Software one builds (develops).
SOFTWARE_NOUNS = frozenset(
    [
        "website",
        "site",
        "app",
        "application",
        "software",
        "feature",
        "api",
        "page",
        "program",
        "system",
        "tool",
        "dashboard",
        "service",
        "module",
        "interface",
    ]
)
# Medication one gives (administers).
MEDICATION_NOUNS = frozenset(
    [
        "medication",
        "med",
        "medicine",
        "drug",
        "injection",
        "vaccine",
        "dose",
        "iv",
    ]
)
# What one takes as a measurement (vital signs, blood pressure, temperature).
MEASURE_NOUNS = frozenset(
    [
        "sign",
        "vital",
        "pressure",
        "temperature",
        "pulse",
        "measurement",
        "reading",
        "weight",
        "height",
    ]
)
