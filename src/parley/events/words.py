"""Word lists of the event coder (``parley.events.coder``): which nouns, verbs and objects change how a
trigger is read. Each list is there because real sentences needed it; the comment above it says which.
Judgement calls of the project, written for Parley (no outside source).
"""

from __future__ import annotations

#: Weapons and vehicles: "a missile strike" names how, not whose.
_INSTRUMENTS = {"missile", "rocket", "drone", "tank", "aircraft", "helicopter", "jet", "bomb", "artillery", "mortar",
                "car", "truck", "shell", "grenade", "plane", "warplane", "ship", "boat"}
#: Prepositions followed from a non-actor object to the actor it concerns.
_CHAIN_PREPS = ("of", "for", "to", "against", "with", "on")
#: Prepositions that embed a nominal trigger as background, not as the clause's own event.
BACKGROUND_PREPS = {"of", "amid", "after", "before", "despite", "since", "following", "ahead", "like"}
#: Verbs whose subject suffers the event noun in their prepositional phrase ("died in an airstrike").
_VICTIM_VERBS = {"die", "perish", "suffer", "injure", "wound", "kill", "flee", "survive", "escape", "lose"}
#: Objects of "pull out of" / "withdraw from" that are no military withdrawal ("pulled out of the crowd").
_NOT_A_FRONT = {"crowd", "election", "race", "contest", "competition", "tournament", "car", "vehicle", "water",
                "rubble", "river", "sea", "wreckage", "hole", "bag", "pocket", "poll", "runoff", "primary",
                "campaign", "ballot", "game", "match", "film", "project", "deal", "bid"}
#: Things that are published or issued, not people set free.
_DOCUMENTS = {"report", "statement", "figure", "data", "video", "tape", "footage", "recording", "document", "list",
              "result", "detail", "photo", "photograph", "image", "budget", "plan", "album", "book", "study",
              "survey", "finding", "transcript", "letter", "communique", "information", "audio", "picture",
              "text", "version", "update", "estimate", "forecast", "record", "file", "memo", "fund", "funds"}
#: Nouns of inhabited places: an act on them is an act on the people who live there (sector CVL).
_PLACE_NOUNS = {"town", "village", "city", "home", "house", "camp", "neighbourhood", "neighborhood", "district",
                "settlement", "suburb", "hamlet", "quarter", "refugee", "market", "school", "hospital", "mosque",
                "church", "building", "township", "slum", "street"}
#: Objects that make "hit"/"strike" figurative.
_FIGURATIVE_TARGETS = {"milestone", "record", "high", "low", "snag", "peak", "wall", "roadblock", "jackpot", "mark",
                       "level", "headline", "chord", "note", "balance", "nerve", "bottom", "stride", "pose", "deal",
                       "agreement", "bargain", "compromise", "tone", "shelf", "button"}
#: Things that kill or wound without a named hand ("a landmine killed two children").
_WEAPON_CAUSES = {"mine", "landmine", "bomb", "device", "ied", "shell", "rocket", "missile", "grenade", "bullet",
                  "explosive", "booby-trap", "sniper", "gunfire", "shrapnel"}
#: Event nouns whose of-phrase is the one who moves ("the withdrawal of Serbian forces").
_MOTION_NOUNS = {"withdrawal", "pullout", "pull-out", "retreat", "deployment", "redeployment", "departure",
                 "arrival", "visit", "return", "buildup", "build-up", "mobilization", "mobilisation"}
#: Lexicon entries of protesters standing down (CAMEO 082, ease political dissent).
_STAND_DOWNS = {"concede.call.off.strike", "concede.end.strike", "concede.suspend.protest"}
#: Nouns of statements whose -ing modifier speaks for their author ("a communique calling for talks").
_STATEMENT_NOUNS = {"declaration", "statement", "communique", "communiqué", "letter", "resolution", "message",
                    "note", "report", "appeal", "petition", "memorandum", "manifesto", "ultimatum", "decree"}
#: Nouns of intent whose to-infinitive is only intended, by their owner ("his willingness to coordinate", "a plan
#: to withdraw"): the act is future (``parley.events.modality``) and the owner does it (the coder).
INTENT_NOUNS = {"willingness", "readiness", "decision", "plan", "intention", "intent", "commitment", "pledge",
                "promise", "determination", "bid", "attempt", "effort", "offer", "resolve", "desire", "wish",
                "readyness", "threat", "vow", "proposal"}
#: Nouns whose to-infinitive is their owner's act, intended or not ("their refusal to testify", "its ability to").
_INTENT_NOUNS = INTENT_NOUNS | {"refusal", "ability", "move"}
#: Event nouns whose possessive is the one the act is done to ("his arrest", "their release"), unless an
#: of-phrase names that one ("Israel's killing of the commander").
PATIENT_NOUNS = {"arrest", "detention", "imprisonment", "jailing", "execution", "kidnapping", "abduction", "killing",
                 "murder", "assassination", "release", "deportation", "expulsion", "extradition", "torture",
                 "beating", "capture", "trial", "conviction", "sentencing", "indictment", "impeachment",
                 "prosecution", "removal", "dismissal", "ouster", "rescue", "evacuation", "exile", "internment",
                 "interrogation", "questioning", "ban", "banning", "eviction", "harassment", "surveillance"}
#: Event nouns of fighting that are often figurative ("the battle against poverty").
_FIGHT_NOUNS = {"battle", "war", "fight", "fighting", "struggle", "campaign", "crusade", "offensive"}
#: Heads of military-exercise triggers (joint ones are COOPERATE, PLOVER manual 2.0 MOBILIZE ambiguities).
_EXERCISES = {"exercise", "drill", "game", "maneuver", "manoeuvre", "maneuvers", "manoeuvres", "games"}
#: Nouns of measures already taken: "the measures ..." as a subject describes them again, no new act.
_POLICY_NOUNS = {"measure", "sanction", "ban", "decision", "law", "resolution", "decree", "restriction", "embargo",
                 "penalty", "order", "rule", "regulation", "package", "legislation", "bill"}
#: Things put to someone to accept: refusing one is a rejection even when no actor is named ("rejected an
#: invitation to join", "vetoed the draft resolution"); the one who put it is the target if named.
PROPOSALS = {"offer", "invitation", "proposal", "plan", "call", "demand", "request", "appeal", "bid", "deal",
             "resolution", "motion", "bill", "initiative", "ultimatum", "suggestion", "overture", "peace",
             "ceasefire", "cease-fire", "truce", "accord", "agreement", "settlement", "compromise", "formula",
             "mediation", "invite", "application", "nomination", "candidacy", "allocation", "permission"}
#: Nouns of armed forces moved about ("the withdrawal of its forces from Somalia").
_FORCE_NOUNS = {"force", "troop", "soldier", "unit", "contingent", "peacekeeper", "army", "division", "battalion",
                "brigade", "personnel", "marine", "observer", "monitor", "inspector", "militia", "fighter"}
#: Places one is discharged from, not freed from ("released from the hospital").
_CARE_PLACES = {"hospital", "clinic", "care", "treatment", "rehab", "rehabilitation", "quarantine", "isolation",
                "infirmary", "ward", "sanatorium"}
#: Objects of "demonstrate" in its sense "show" ("demonstrated its commitment"), not a protest.
_SHOWN = {"commitment", "ability", "capacity", "capability", "resolve", "willingness", "power", "strength", "skill",
          "technology", "system", "weapon", "missile", "readiness", "leadership", "competence", "effectiveness",
          "feasibility", "value", "importance", "need", "potential", "progress", "success", "unity"}
#: People named through someone else ("her driver", "his aides"): they are not their possessor.
_COMPANIONS = {"translator", "interpreter", "driver", "bodyguard", "guard", "colleague", "aide", "assistant",
               "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "child", "family",
               "relative", "friend", "neighbour", "neighbor", "employee", "staff", "servant", "lawyer", "attorney",
               "secretary", "companion", "partner", "fixer", "cameraman", "photographer", "crew"}
