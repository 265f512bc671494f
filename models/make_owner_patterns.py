"""Generates models/patterns/owners.jsonl: `python make_owner_patterns.py` in models/.

The JSONL is the data the pipeline loads; this script is how it is written, so a change to
a pattern family is made once here rather than in dozens of JSON lines.
"""

import json

STOP = [
    "would",
    "will",
    "said",
    "explained",
    "reported",
    "advised",
    "agreed",
    "confirmed",
    "noted",
    "stated",
    "to",
    "be",
    "was",
    "were",
    "is",
    "are",
    "had",
    "has",
    "have",
    "should",
    "could",
    "may",
    "might",
    "that",
    "who",
    "which",
    "with",
    "for",
    "on",
    "in",
    "at",
    "the",
    "a",
    "an",
    "by",
    "from",
    "as",
    "also",
    "further",
    "then",
    "provided",
    "presented",
    "introduced",
    "informed",
    "responded",
    "undertook",
    "offered",
    "asked",
    "requested",
    "gave",
    "highlighted",
    "commented",
    "added",
    "replied",
    "indicated",
    "suggested",
    "outlined",
    "did",
    "does",
    "can",
    "must",
    "shall",
    "not",
    "and",
    "or",
    "report",
    "reports",
    "take",
    "provide",
    "attend",
    "write",
    "circulate",
    "arrange",
    "this",
    "it",
    "its",
    "their",
    "member",
    "members",
    "officer",
    "officers",
    "about",
    "regarding",
    "if",
    "when",
    "but",
    "so",
]
T = {"IS_TITLE": True}
SP = {"IS_SPACE": True, "OP": "*"}  # a PDF line break inside a long post name
TITLE_RUN = {"IS_TITLE": True, "OP": "+"}
# What may stand between the title-case words of a service name: a PDF line break, "'s", "and".
JOINS = {"LOWER": {"REGEX": r"^(?:\s+|'s|’s|and|&)$"}}
LATER_JOINS = {"LOWER": {"REGEX": r"^(?:\s+|'s|’s)$"}}  # after the second run, no "and"
# A post's service name: up to three runs of title-case words with joins between them
# ("Director Children's Services", "Cabinet Member Housing\nand Planning"), written as three
# patterns in which a join stands between any two runs, so every run has one reading. As one
# pattern, [T+, SP*, 's?, SP*, and?, SP*, T*, SP*, 's?, T*], a run of n title-case words could be
# split between its three repeats in n² ways from every start: 200 repetitions of "Director "
# (a hostile 1.8 KB file) took 23 s.
SVC_TITLES = [
    [SP, TITLE_RUN, dict(JOINS, OP="*")],
    [SP, TITLE_RUN, dict(JOINS, OP="+"), TITLE_RUN, dict(LATER_JOINS, OP="*")],
    [SP, TITLE_RUN, dict(JOINS, OP="+"), TITLE_RUN, dict(LATER_JOINS, OP="+"), TITLE_RUN],
]
LW = {"IS_LOWER": True, "IS_ALPHA": True, "LOWER": {"NOT_IN": STOP}}
SVC_LOWER = [dict(LW, OP="+"), {"LOWER": {"IN": ["and", "&"]}, "OP": "?"}, dict(LW, OP="*")]
# Title-case words with at most one "and" among them: [T+, and?, T*] written as two patterns,
# [T+] and [T+, and, T*], which match the same token runs. In the one-pattern form every split
# of a run between "+" and "*" is a separate Matcher state, so a run of n capitalised words or
# initials cost n³ (minutes for 2 KB of "A A A ..."); here a run has one split per "and".
TITLE_WORDS = [[{"IS_TITLE": True, "OP": "+"}], [{"IS_TITLE": True, "OP": "+"}, {"LOWER": {"IN": ["and", "&"]}}, {"IS_TITLE": True, "OP": "*"}]]
pats = []


def add(label, pattern, id_):
    pats.append({"label": label, "pattern": pattern, "id": id_})


ADJ = {
    "LOWER": {
        "IN": [
            "relevant",
            "individual",
            "senior",
            "principal",
            "assistant",
            "deputy",
            "interim",
            "acting",
            "strategic",
            "corporate",
            "executive",
            "chief",
            "lead",
            "area",
            "service",
            "group",
            "divisional",
            "operational",
        ]
    },
    "OP": "*",
}
HEADS_OF = [
    ["head"],
    ["director"],
    ["heads"],
    ["directors"],
    ["cabinet", "member"],
    ["portfolio", "holder"],
    ["lead", "member"],
    ["executive", "member"],
    ["service", "lead"],
    ["team", "leader"],
    ["chief", "officer"],
]
for head in HEADS_OF:
    for svc, sid in [(svc, "title") for svc in SVC_TITLES] + [(SVC_LOWER, "lower")]:
        add("ROLE", [ADJ] + [{"LOWER": w} for w in head] + [{"LOWER": {"IN": ["of", "for"]}}, {"LOWER": "the", "OP": "?"}] + svc, f"{'-'.join(head)}-of-{sid}")
# "Strategic Director Children's Services", "Cabinet Member Children and Families"; "the Group Manager Infrastructure to
# report on options" (NZ councils name a group manager by the group, not "of": act28)
for head in [["director"], ["cabinet", "member"], ["portfolio", "holder"], ["assistant", "director"], ["group", "manager"]]:
    for svc in SVC_TITLES:
        add("ROLE", [ADJ] + [{"LOWER": w} for w in head] + svc, f"{'-'.join(head)}-service")
    add("ROLE", [ADJ] + [{"LOWER": w} for w in head] + SVC_LOWER, f"{'-'.join(head)}-service-lower")
# "The MMC Finance undertook to provide a written breakdown", "MMC Health to provide a list" (South African municipalities:
# the Member of the Mayoral Committee, named by the portfolio after the letters)
for svc in SVC_TITLES:
    add("ROLE", [{"LOWER": "the", "OP": "?"}, {"ORTH": "MMC"}] + svc, "mmc-portfolio")
# "2. The MM to submit a revised procurement plan", "the MM undertook to investigate" (South African municipalities: the
# Municipal Manager by initials, "AMM" the acting one); capitals only, so "25 mm" stays a measure
add("ROLE", [{"LOWER": "the", "OP": "?"}, {"ORTH": {"IN": ["MM", "AMM"]}}], "municipal-manager-initials")
# "Director, Service Operations" / "The Director, Physical Development" (Irish and Scottish minutes)
for head in [["director"], ["head"], ["manager"], ["senior", "executive", "officer"]]:
    add(
        "ROLE", [{"LOWER": "the", "OP": "?"}] + [{"LOWER": w} for w in head] + [{"ORTH": ","}, {"IS_TITLE": True, "OP": "+"}], f"{'-'.join(head)}-comma-service"
    )
# "The Director: Technical Services", "Manager: Supply Chain", "Senior Manager: Budget" (South African minutes write the
# department after a colon), the department perhaps on the next line or joined by 'and' ("the Director:\nCorporate Services
# administer the tender", "the Manager: Water and Sanitation compile a programme")
for head in [["director"], ["head"], ["manager"], ["senior", "manager"], ["executive", "director"]]:
    add(
        "ROLE",
        [{"LOWER": "the", "OP": "?"}] + [{"LOWER": w} for w in head] + [{"ORTH": ":"}, {"IS_TITLE": True, "OP": "+"}],
        f"{'-'.join(head)}-colon-service",
    )
    for svc in SVC_TITLES[1:]:
        add("ROLE", [{"LOWER": "the", "OP": "?"}] + [{"LOWER": w} for w in head] + [{"ORTH": ":"}] + svc, f"{'-'.join(head)}-colon-service")
    add(
        "ROLE",
        [{"LOWER": "the", "OP": "?"}] + [{"LOWER": w} for w in head] + [{"ORTH": ":"}, {"IS_SPACE": True}, {"IS_TITLE": True, "OP": "+"}],
        f"{'-'.join(head)}-colon-service",
    )
HEADS = [
    "officer",
    "officers",
    "manager",
    "director",
    "lead",
    "adviser",
    "advisor",
    "coordinator",
    "co-ordinator",
    "engineer",
    "accountant",
    "solicitor",
    "planner",
    "inspector",
    "commissioner",
    "auditor",
    "auditors",  # a town's elected pair ("Town Auditors will start doing 2016's Audit", Vermont)
    "clerk",
    "administrator",
    "analyst",
    "consultant",
    "specialist",
    "worker",
    "champion",
    "head",
    "headteacher",
    "teacher",
    "counsel",
    # posts of parish, town and county staff beyond officers and managers ("the Allotment Warden", "the Roads
    # Superintendent", "the Hall Caretaker", "the Parks Supervisor", "the Membership Secretary")
    "warden",
    "superintendent",
    "caretaker",
    "supervisor",
    "ranger",
    "steward",
    "foreman",
    "secretary",
    "treasurer",
    "leader",
    # professions a council employs ("the Planning Lawyer", "the County Surveyor", "the Borough Architect")
    "lawyer",
    "surveyor",
    "architect",
    "ecologist",
    "librarian",
    "registrar",
    "archivist",
]
for words in TITLE_WORDS:
    add("ROLE", [ADJ] + words + [{"LOWER": {"IN": HEADS}, "IS_TITLE": True}], "descriptive-post")
# A post named by its service's initials ("the IDP Manager will publish the schedule", South African; "the HR Officer",
# "the ICT Manager", "the Senior GIS Officer"): two to five capitals, maybe more capitalised words, then a head word in title
# case, so an all-capitals heading ("ACTION CLERK") and a label ("ACTION Clerk") stay out.
add(
    "ROLE",
    [ADJ, {"IS_UPPER": True, "IS_ALPHA": True, "LENGTH": {">=": 2, "<=": 5}}, {"IS_TITLE": True, "OP": "{0,2}"}, {"LOWER": {"IN": HEADS}, "IS_TITLE": True}],
    "initials-post",
)
# A descriptive post whose capitalised words a PDF line break cuts ("The Senior Planning\nLawyer
# was asked to"): only after "the" and a word that is no modifier alone, so a heading over a note
# ("Playing Field\nClerk to ...") stays out.
add(
    "ROLE",
    [
        {"LOWER": "the"},
        ADJ,
        {"IS_TITLE": True, "LOWER": {"NOT_IN": ADJ["LOWER"]["IN"]}, "OP": "+"},
        {"IS_SPACE": True, "TEXT": {"REGEX": "\n"}},
        {"IS_TITLE": True, "OP": "*"},
        {"LOWER": {"IN": HEADS}, "IS_TITLE": True},
    ],
    "descriptive-post-broken",
)
add(
    "ROLE",
    [{"LOWER": {"IN": ["senior", "principal", "assistant", "deputy", "interim", "acting", "virtual"]}}, dict(LW, OP="*"), {"LOWER": {"IN": HEADS}}],
    "descriptive-post-lower",
)
add("ROLE", [{"LOWER": {"IN": ["council", "relevant", "senior", "the"]}, "OP": "?"}, {"LOWER": "officers"}], "officers")
add(
    "ROLE",
    [{"LOWER": {"IN": ["the"]}, "OP": "?"}, {"LOWER": {"IN": ["clerk", "chair", "chairman", "chairwoman", "chairperson", "leader", "mayor"]}}],
    "bare-role",
)
# a post held for the time being: "Council directed the Acting Mayor and CAO to enter into an agreement" (a Saskatchewan town),
# "the Acting Chair to sign the cheques"
add(
    "ROLE",
    [
        {"LOWER": "the", "OP": "?"},
        {"LOWER": {"IN": ["acting", "interim"]}},
        {"LOWER": {"IN": ["mayor", "reeve", "chair", "chairman", "chairperson", "president"]}},  # the officers' posts descriptive-post reads
    ],
    "acting-post",
)
add("ROLE", [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["acting", "interim"]}}, {"ORTH": {"IN": ["CAO", "CEO", "CFO"]}}], "acting-post-initials")
# "the officer said he would check", "staff will prepare", "Administration is to obtain" (Canadian and US minutes)
add("ROLE", [{"LOWER": "the"}, {"IS_SPACE": True, "OP": "?"}, {"LOWER": "officer"}], "the-officer")
# lower-case "administration" as Canadian rural minutes write it ("Council authorizes administration to proceed with the quote")
add("ROLE", [{"TEXT": {"IN": ["Administration", "administration", "Staff", "staff", "Administrator", "CAO", "CEO"]}}], "administration")
# outside firms: "Greenway Landscapes Ltd", "Anglian Water Ltd" (a bounded run of capitalised words, then the legal form)
add(
    "BODY",
    [
        {"IS_TITLE": True, "OP": "{1,4}"},
        {"LOWER": {"IN": ["&", "and"]}, "OP": "?"},
        {"IS_TITLE": True, "OP": "{0,2}"},
        {"LOWER": {"IN": ["ltd", "ltd.", "limited", "plc", "llp", "inc", "inc.", "llc", "cic"]}},
    ],
    "firm",
)
add(
    "BODY",
    # hired professionals named by their trade own what a council asks of them ('asked that the engineers bring options ...'); in
    # the plural only: 'The Engineer' is a post (ROLE), whose name keeps no 'The'
    [
        {"LOWER": "the"},
        {"IS_SPACE": True, "OP": "?"},
        {
            "LOWER": {
                "IN": [
                    "company",
                    "contractor",
                    "contractors",
                    "developer",
                    "developers",
                    "consultants",
                    "engineers",
                    "architects",
                    "surveyors",
                    "solicitors",
                    "lawyers",
                    "auditors",
                ]
            }
        },
    ],
    "the-company",
)
# "the bus company has promised to restore ...", "the grass cutting contractor will ...": a firm named by its trade
add(
    "BODY",
    [
        {"LOWER": "the"},
        {"IS_SPACE": True, "OP": "?"},
        {"IS_LOWER": True, "IS_ALPHA": True, "LOWER": {"NOT_IN": STOP}, "OP": "{1,2}"},
        {"LOWER": {"IN": ["company", "operator", "contractor", "contractors", "developer", "developers", "consultants", "landowner", "supplier", "provider"]}},
    ],
    "the-trade-company",
)
add(
    "BODY",
    [
        {"LOWER": {"IN": ["the", "this"]}},
        {"IS_SPACE": True, "OP": "?"},  # a line wrapped after the article: "The\ndepartment will work with ..."
        {"IS_TITLE": True, "OP": "*"},
        {
            "LOWER": {
                "IN": [
                    "council",
                    "cabinet",
                    "panel",
                    "committee",
                    "sub-committee",
                    "board",
                    "selectboard",  # a New England town's board ("The Selectboard will consider the contract options")
                    "forum",
                    "commission",
                    "executive",
                    "partnership",
                    "group",
                    "authority",
                    "department",
                ]
            }
        },
    ],
    "the-body",
)
# a named unit of a council's staff: "the Housing Section will provide", "the Roads Section would survey", "the Finance Team
# will send" (Irish, Scottish and English minutes); a capitalised name is needed ("the team will" is no one in particular)
add(
    "BODY",
    [
        {"LOWER": "the"},
        {"IS_SPACE": True, "OP": "?"},
        {"IS_TITLE": True, "LOWER": {"NOT_IN": ["the", "this", "a"]}, "OP": "{1,3}"},
        {"LOWER": {"IN": ["section", "team", "unit", "division", "directorate"]}, "IS_TITLE": True},
    ],
    "named-unit",
)
# a team's leader named by the team ("requested that the Housing Team Leader present an improvement plan"): the post, not the
# team the named-unit pattern would read in "the Housing Team" (act28)
add(
    "ROLE",
    [
        {"LOWER": "the", "OP": "?"},
        {"IS_SPACE": True, "OP": "?"},
        {"IS_TITLE": True, "LOWER": {"NOT_IN": ["the", "this", "a"]}, "OP": "{1,3}"},
        {"ORTH": "Team"},
        {"ORTH": "Leader"},
    ],
    "named-team-leader",
)
# an Irish municipal district as a body, capitalised as minutes name it: "requested the District write to the Superintendent"
# ("the district would benefit" is the area, not a body)
add("BODY", [{"LOWER": {"IN": ["the", "this"]}}, {"IS_TITLE": True, "OP": "?"}, {"ORTH": "District"}], "the-district")
for words in TITLE_WORDS:
    add("BODY", words + [{"LOWER": {"IN": ["county", "borough", "district", "city", "parish", "town", "community"]}}, {"LOWER": "council"}], "named-council")
# outside organisations named by their kind: "Anglian Water", "Network Rail", "the Environment Agency" (a bounded run)
add(
    "BODY",
    [
        {"IS_TITLE": True, "OP": "{1,3}"},
        {
            "LOWER": {
                "IN": [
                    "water",
                    "highways",
                    "agency",
                    "trust",
                    "association",
                    "society",
                    "club",
                    "services",
                    "rail",
                    "grid",
                    "power",
                    "housing",
                    "homes",
                    "constabulary",
                    "police",
                    "electricity",
                    "energy",
                    "openreach",
                    "networks",
                    "estates",
                    "surveyors",
                    "solicitors",
                    "associates",
                    "landscapes",
                    "construction",
                    "builders",
                    "fencing",
                    "nurseries",
                ]
            }
        },
    ],
    "organisation",
)
add("BODY", [{"LOWER": "highways"}, {"LOWER": {"IN": ["england", "agency", "department", "dept", "authority", "team", "officer"]}}], "highways")
add("BODY", [{"TEXT": {"IN": ["Cabinet", "KCC", "Council"]}}], "bare-body")
# a Canadian city's officers as one body: "That the Winnipeg Public Service be directed to report back" (not any "service": "the X14 Service will run");
# anchored on "Public" so the matcher does not start at every capitalised word
add("BODY", [{"ORTH": "Public"}, {"ORTH": "Service"}], "public-service")
# a named department with no article: "Refer to Legal Department for preparation of ...", "Public Works Department"
# and a named committee, as US minutes refer items: "refer to Compensation Committee to review expense reimbursements" (one pattern: cheaper to match)
add(
    "BODY",
    [
        {"IS_TITLE": True, "OP": "{1,3}"},
        {"LOWER": {"IN": ["department", "dept", "dept.", "committee", "subcommittee", "sub-committee", "commission"]}, "IS_TITLE": True},
    ],
    "named-department",
)
# a member named by a title written in two words (US, Canadian and NZ minutes): "Council Member Ortiz will contact the county",
# "Board Member Smith agreed to draft the letter", "Member Noor will liaise with the Waste team"; the word after must be a
# surname, not the rest of a name for a service or a rule ("Member Services", "Member Code of Conduct")
NOT_SURNAME = ["services", "service", "support", "state", "states", "champion", "champions", "code", "conduct", "development", "training"]
NOT_SURNAME += ["briefing", "briefings", "allowance", "allowances", "enquiry", "enquiries", "portal", "officer", "officers", "council", "board"]
NOT_SURNAME += ["forum", "panel", "group", "working", "reference", "referral", "questions", "question", "motion", "motions", "request", "requests"]
add(
    "PERSON",
    [
        {"LOWER": {"IN": ["council", "board", "commission", "committee", "selectboard", "township", "village", "school"]}, "IS_TITLE": True, "OP": "?"},
        {"ORTH": "Member"},
        {"IS_TITLE": True, "LOWER": {"NOT_IN": NOT_SURNAME}},
        {"IS_TITLE": True, "OP": "?", "LOWER": {"NOT_IN": NOT_SURNAME}},
    ],
    "member-surname",
)
# a post's office, team or crew owns the task as a unit (act18): "the Treasurer's office to send the notices", "The Public
# Works crew will patch the lane", "the Enforcement Team to visit the site"; a unit is a BODY, with its article, as the
# older named units read ("the Finance Team"), a post's own unit a ROLE
UNIT_WORDS = ["office", "team", "department", "dept", "crew", "section", "unit", "staff"]
add(
    "ROLE",
    [
        {"LOWER": "the", "OP": "?"},
        {"IS_TITLE": True, "LOWER": {"NOT_IN": ["the"]}, "OP": "{0,2}"},
        {"IS_TITLE": True},
        {"ORTH": {"IN": ["'s", "’s"]}},
        {"LOWER": {"IN": UNIT_WORDS}},
    ],
    "post-office",
)
NOT_TEAM_NAME = ["the", "a", "an", "this", "our", "their", "his", "her", "its", "council", "county", "district", "parish", "town", "city", "village", "borough"]
add(
    "BODY",
    [
        {"LOWER": "the", "OP": "?"},
        {"IS_TITLE": True, "LOWER": {"NOT_IN": NOT_TEAM_NAME}, "OP": "{1,3}"},
        {"LOWER": {"IN": ["team", "crew", "section", "unit"]}, "IS_UPPER": False},
    ],
    "named-team",
)
# a government's ministry or department by its name: "Cabinet requested that the Ministry of Health provide a report" (the
# cabinets of web11: Montserrat, the Turks and Caicos Islands), "Council requested that the Department of Transport repair the
# road"; the unit's name stops before a person's title ("the Department of Transport Minister Hale"), and a second name joins it
# only by 'and' ("the Ministry of Finance and Economic Development", not "the Ministry of Finance and Mr Hale")
GOVERNMENT_UNIT = [
    {"LOWER": "the", "OP": "?"},
    {"LOWER": {"IN": ["ministry", "department", "directorate"]}, "IS_TITLE": True},
    {"LOWER": {"IN": ["of", "for"]}},
    {"LOWER": "the", "OP": "?"},
]
NOT_UNIT_NAME = ["minister", "mr", "mrs", "ms", "dr", "hon", "secretary", "director", "officer", "chief", "permanent", "cllr", "councillor"]
UNIT_NAME = {"IS_TITLE": True, "LOWER": {"NOT_IN": NOT_UNIT_NAME}}
add("BODY", GOVERNMENT_UNIT + [dict(UNIT_NAME, OP="{1,4}")], "government-unit")
add("BODY", GOVERNMENT_UNIT + [dict(UNIT_NAME, OP="{1,3}"), {"LOWER": {"IN": ["and", "&"]}}, dict(UNIT_NAME, OP="{1,3}")], "government-unit-pair")
# the law officers' chambers a Commonwealth government directs ("Cabinet agreed that the Attorney General's Chambers draft the
# relevant order", the Turks and Caicos Islands' cabinet); any other chambers is a room
add(
    "ROLE",
    [{"LOWER": "the", "OP": "?"}, {"LOWER": "attorney"}, {"LOWER": "general"}, {"ORTH": {"IN": ["'s", "’s"]}}, {"LOWER": "chambers"}],
    "law-officers-chambers",
)
# a works department by its short name owns its task (act26): "Public Works will replace the flashing beacon" (US),
# "Parks would inspect it this week" (English town), "Parks to look at the schedule" (Canadian); capitalised only,
# so "the parks will need mowing" stays a place
add("BODY", [{"TEXT": "Public"}, {"TEXT": "Works"}], "works-service")
add("BODY", [{"TEXT": "Parks"}], "works-service")
with open("patterns/owners.jsonl", "w") as f:
    for p in pats:
        f.write(json.dumps(p) + "\n")
print(len(pats))
