"""Writes N JSON Lines documents of invented news (names, places and sentences made up for this test), with
extra fields to pass through, a blank line and a malformed line, to the file given."""
import json
import random
import sys

count, path = int(sys.argv[1]), sys.argv[2]
random.seed(7)
people = [("Ilse", "Varga", "Mayor"), ("Tomas", "Brenn", "Senator"), ("Ada", "Quist", "Minister"),
          ("Piet", "Vaarmann", "Councillor"), ("Rosa", "Imbert", "Governor"), ("Kaja", "Rebane", "Judge")]
claims = ["the ferry would resume in May", "the levy was unfair", "the pier had to be rebuilt",
          "the budget was balanced", "the dockers deserved a fair contract", "the vote had come too early"]
lines = ["We must protect these jobs.", "We will not back down.", "The plan may fail.",
         "Nobody will lose their pension.", "This is clearly a failure.", "Together we can finish it."]
with open(path, "w", encoding="utf-8") as out:
    for index in range(count):
        (given, surname, role), other = random.choice(people), random.choice(people)
        text = (f"{role} {given} {surname} spoke in Tallin Point on Friday. "
                f"“{random.choice(lines)}” {surname} said. "
                f"{other[2]} {other[0]} {other[1]} argued that {random.choice(claims)}.")
        out.write(json.dumps({"id": f"doc-{index}", "outlet": random.choice(["Gazette", "Courier"]), "text": text},
                             ensure_ascii=False) + "\n")
        if index == count // 2:
            out.write("\n")
            out.write('{"id": "broken", "outlet": "Gazette"}\n')
