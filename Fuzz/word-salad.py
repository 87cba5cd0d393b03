#!/usr/bin/env python3
"""Word salads for the attribution rules: random strings of speech cues, names, pronouns, quote marks, commas and
line breaks, which reach the edges of the rules (a cue as the last token of a text, a participle as the first of a
sentence) far more often than mutated articles do. Runs `quotient analyze` on batches of them and, when a batch
fails, halves it until one text is left, which it prints so it can join the regression tests.

Usage: Fuzz/word-salad.py [--quotient BINARY] [--seed N] [--texts N] [--rounds N]
The default binary is the package's debug build (bounds checks and a readable trace).
"""
import argparse
import json
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

WORDS = [
    "what", '"', "“", "”", "‘", "’", "'", ",", ".", "?", ":", "-", "—", "(", ")", "\n", "\n\n",
    "said", "says", "said,", "added", "told", "called", "calls", "described", "branded", "accused", "emailed",
    "texted", "thanked", "according to", "of being", "as", "is", "was", "that", "which", "who", "whether",
    "Asked", "a", "the", "it", "its", "move", "staff", "crowd", "reporters", "nurses", "crews", "to", "on", "of",
    "in", "along", "without", "naming", "Monday", "and", "but", "some", "others", "another", "one", "no", "never",
    "would", "may", "might", "could", "must", "he", "she", "they", "them", "him", "her", "Ola", "Berg",
    "Ingrid", "Vang", "Islanders", "Republicans", "Dr.", "Ms.", "SENATOR", "OKAFOR:", "HOST:", "45%", "”,", ",”",
    "\nQ:", "\nA:", "Q:", "A:", "\nQuestion:", "\nAnswer:", "Minister:", "minister", "One of them", "16-year-old",
    "adding that", "saying", "In the words of", "to quote", "felt compelled to", "went on to", "outside", "Lind-Berg",
    "by", "By", "for", "over", "with", "criticized", "urged", "been", "has", "whom", "whose", "where", "Neither",
    "None", "continues to insist", "despite warnings from", "pilots'", "Berg's", "whatever", "The", "They", "It",
    "limitation", "Besides", "―", "–", "OSLO -", "Seismologist", "statisticians", "note", "my", "your", "Partners",
    "Wednesday", "who spoke on condition of anonymity because", "The authors", "insisted", "told staff",
    "night", "same", "because", "while", "retired", "Organist", "expected to be asked to", "will be", "warning",
    "throughout", "investors", "and that", "the words of", "tell", "story", "CBS'", "blasted", "defended", "laughed",
    "In 2019", "Last week", "Late", "41", "backbenchers", "a spokeswoman", "man", "familiar with",
    "claim", "published", "carried", "out", "Said", "Capt.", "Hana", "asked to", "Brothers", "saying goes",
    "questioned", "elections office", "for the ministry,", "urging", "petition", "Q&A:", "Head of the",
    # Transcripts over paragraphs, stage directions, labels in ordinary case, nouns of texts and their owners,
    # family names that are cue forms, relative clauses in the subject.
    "(APPLAUSE)", "(", "[", "]", "CROSSTALK", "\nREPORTER:", "\nGUEST:", "\nCALLER:", "\nMr. Lind (Liberal):",
    "statement", "letter", "from", "bank's", "Marsh's", "narrator", "Tell", "Harbour", "Master", "Bank", "held",
    "University’s", "Institute", "were", "nephew", "Her", "another", "named", "Zsófia", "critics",
    # Relative age before a shared family name, adverbs before a subject, titles of address, list bullets,
    # closing pronoun attributions, party members, texts that "it" continues.
    "the younger", "the elder", "son", "daughter", "Afterwards", "Yesterday", "Dame", "Sir", "deputy", "•", "\n•",
    "she added", "he told reporters", "The Republican", "The review", "inquiry", "chief of staff", "6%",
    # Owners of words and roles, the one asked, past statuses, camel-case names before a full stop.
    "In", "words,", "her words,", "whose office", "whose lawyer", "When", "asked", "about", "while admitting", "caution",
    "the former", "the veteran", "the engineer", "Another engineer", "the firm", "LinkedIn.", "my cousin", "warned",
    # Participle asides that end in a reason, clauses after "in which", lists of marks, passive requests, texts
    # with their senders, runs of paragraphs left open.
    "speaking on condition of anonymity because", "in which", ", in which", "“tired,”", "“angry”", "were asked to",
    "explain", "sent by", "written by", "set to", "read to", "Their union", "an analyst at", "the company", "of the club",
    "“\n\n“", "its critic,",
    # Letters pages (salutations and signature lines), appositions after titles, names with "for" inside, counts in
    # absolute phrases, contests, feelings that "tell".
    "Sir,", "Dear Editor,", "Madam,", "Dear", "Mr", "Lamb", "Westerby", "\nHarriet Lamb, Westerby", "upon", "Tyne",
    "the wife,", "Parents", "for Safe Streets", "the charity", "Food", "with one", "with two", "posting:", "Both",
    "the winner", "beat", "the runner-up", "my gut", "the shyness", "Per", "Per the union,", "adamant that",
    "agreed a price", "via", "with a grin", "three days after", "so they can",
]


def fails(binary, texts):
    rows = "".join(json.dumps({"id": str(index), "text": text}) + "\n" for index, text in enumerate(texts))
    run = subprocess.run([binary, "analyze", "--input", "jsonl", "--format", "jsonl"], input=rows,
                         capture_output=True, text=True)
    return run.returncode != 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quotient", default=os.path.join(ROOT, ".build", "debug", "quotient"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--texts", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    generator = random.Random(args.seed)
    for round_index in range(args.rounds):
        texts = [" ".join(generator.choice(WORDS) for _ in range(generator.randint(1, 40))) for _ in range(args.texts)]
        if not fails(args.quotient, texts):
            print(f"round {round_index + 1}: {args.texts} texts, no failure")
            continue
        while len(texts) > 1:
            half = texts[: len(texts) // 2]
            texts = half if fails(args.quotient, half) else texts[len(texts) // 2:]
        print(f"round {round_index + 1}: failure on {texts[0]!r}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
