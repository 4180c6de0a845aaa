#!/usr/bin/env python3
"""Writes N synthetic French news articles for the ingest benchmark.

Usage: generate-corpus.py OUTDIR N [SEED]

Deterministic for a given seed. Names and sentences come from the templates
below (invented, not copied from any article); about 3 KB per article, so
10,000 articles make about 30 MB. File names start with the date
(YYYY-MM-DD-depeche-NNNNN.txt) so that `graph ingest` dates them.
"""
import os
import random
import sys

ACTORS = [
    ("l'armée syrienne", "l'armée"), ("Hayat Tahrir al-Cham", "HTC"), ("les Forces démocratiques syriennes", "FDS"),
    ("le Hezbollah", "Hezbollah"), ("l'État islamique", "EI"), ("l'Armée nationale syrienne", "ANS"),
    ("les forces russes", "Moscou"), ("l'armée turque", "Ankara"), ("les Gardiens de la révolution", "pasdarans"),
    ("le Hamas", "Hamas"), ("l'armée israélienne", "Tsahal"), ("les rebelles houthis", "Houthis"),
    ("le groupe Wagner", "Wagner"), ("l'armée ukrainienne", "Kiev"), ("les forces kurdes", "YPG"),
    ("le Front al-Nosra", "al-Nosra"), ("les milices chiites", "milices"), ("la coalition internationale", "coalition"),
]
PLACES = [
    "Alep", "Idlib", "Homs", "Hama", "Deir ez-Zor", "Raqqa", "Damas", "Palmyre", "Manbij", "Kobané", "Afrin",
    "Lattaquié", "Tartous", "Deraa", "Qamichli", "Bakhmout", "Kharkiv", "Marioupol", "Khan Younès", "Rafah",
    "Sanaa", "Hodeïda", "Mossoul", "Tikrit", "Falloujah",
]
PEOPLE = [
    "Abou Mohammed al-Joulani", "Mazloum Abdi", "Hassan Nasrallah", "Abou Bakr al-Baghdadi", "Evgueni Prigojine",
    "Yahya Sinouar", "Abdel Malek al-Houthi", "Qassem Soleimani", "Valeri Guerassimov", "Oleksandr Syrsky",
]
TEMPLATES = [
    "{a} a pris le contrôle de {p} après plusieurs jours de combats.",
    "{b}, soutenu par {c}, a lancé une offensive au nord de {p}.",
    "Des combats entre {a} et {b} ont fait des dizaines de morts près de {p}.",
    "Le chef de {a}, {x}, a promis de reprendre {p} avant la fin du mois.",
    "Selon l'Observatoire, {a} contrôle désormais la route entre {p} et {q}.",
    "{a} est accusé de soutenir {b} dans la région de {p}.",
    "Les forces de {a} se sont retirées de {p} sous la pression de {b}.",
    "{x}, qui dirige {a}, a rencontré des émissaires de {c} à {q}.",
    "{a} et {b} ont annoncé une alliance contre {c}.",
    "La ville de {p}, dans la province de {q}, reste aux mains de {a}.",
    "Des frappes attribuées à {c} ont visé des positions de {b} autour de {p}.",
]
FILLER = [
    "Les habitants décrivent une situation humanitaire difficile.",
    "Aucun bilan officiel n'a été communiqué dans l'immédiat.",
    "Les organisations humanitaires réclament un accès sans condition aux zones touchées.",
    "Plusieurs milliers de civils ont fui vers le sud au cours des derniers jours.",
    "Les communications restent coupées dans une grande partie de la zone.",
    "Un cessez-le-feu annoncé la semaine dernière n'a pas été respecté.",
]


def article(rng, number):
    year = 2022 + number % 3
    date = f"{year}-{number % 12 + 1:02d}-{number % 28 + 1:02d}"
    sentences = []
    for _ in range(rng.randint(26, 38)):
        if rng.random() < 0.3:
            sentences.append(rng.choice(FILLER))
            continue
        a, b, c = rng.sample(ACTORS, 3)
        p, q = rng.sample(PLACES, 2)
        pick = lambda actor: actor[1] if rng.random() < 0.25 else actor[0]
        text = rng.choice(TEMPLATES).format(a=pick(a), b=pick(b), c=pick(c), p=p, q=q, x=rng.choice(PEOPLE))
        sentences.append(text[0].upper() + text[1:])
    paragraphs = [" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)]
    title = f"{rng.choice(PLACES)} : nouveaux affrontements ({number})"
    return date, title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: generate-corpus.py OUTDIR N [SEED]")
    outdir, count = sys.argv[1], int(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    os.makedirs(outdir, exist_ok=True)
    for number in range(count):
        date, text = article(rng, number)
        with open(os.path.join(outdir, f"{date}-depeche-{number:05d}.txt"), "w", encoding="utf-8") as out:
            out.write(text)


if __name__ == "__main__":
    main()
