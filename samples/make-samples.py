#!/usr/bin/env python3
"""Rebuilds the sample corpus from ../shared/data (see README.md here for what and why).

Usage: python3 samples/make-samples.py ../shared/data samples
Writes <out>/wikinews.jsonl, <out>/ecbplus.jsonl and copies a few benchmark pages to <out>/pages/.
"""
import datetime, glob, gzip, json, os, re, shutil, sys
import xml.etree.ElementTree as ET

MULTILING_TOPICS = ["M000", "M001", "M003", "M006"]
ECB_TOPICS = ["1", "4", "8", "19", "30"]
ECB_DOCS_PER_EVENT = 5
PAGES = 6
DATELINE = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+([A-Z][a-z]+ \d{1,2}, \d{4})")


def wikinews(data, out):
    rows = []
    for topic in MULTILING_TOPICS:
        for path in sorted(glob.glob(f"{data}/summaries/multiling2011/SourceTexts/{topic}?.english")):
            lines = open(path, encoding="utf-8").read().split("\n")
            title = re.sub(r"^\d{4}/\d{2}/\d{2} ", "", lines[0].strip())
            body = "\n".join(lines[1:]).strip()
            m = DATELINE.search(body[:400])
            published = None
            if m:
                published = datetime.datetime.strptime(m.group(2), "%B %d, %Y").date().isoformat()
                body = (body[: m.start()] + body[m.end():]).strip()
            paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", body) if p.strip()]
            rows.append({"id": "wikinews-" + os.path.basename(path).split(".")[0], "title": title,
                         "published": published, "site": "Wikinews", "language": "en",
                         "text": "\n\n".join(paragraphs)})
    with open(out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def detokenise(tokens):
    text = " ".join(tokens).replace("``", '"').replace("''", '"')
    text = re.sub(r" ([.,;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = re.sub(r'" (.*?) "', r'"\1"', text)
    text = re.sub(r"(\d): (\d\d)\b", r"\1:\2", text)
    text = re.sub(r" ([’']) ?s\b", r"\1s", text)
    text = re.sub(r"(\w) - (\w)", r"\1-\2", text)
    return text


def ecb_document(path):
    sentences = {}
    for tok in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(int(tok.get("sentence")), []).append(tok.text or "")
    ordered = [detokenise(sentences[k]) for k in sorted(sentences)]
    url = title = None
    if path.endswith("ecbplus.xml"):
        url = "".join(sentences[min(sentences)])
        ordered = ordered[1:]
        if ordered and len(ordered[0].split()) <= 20:
            title, ordered = ordered[0], ordered[1:]
    return url, title, ordered


def ecbplus(data, out):
    with open(out, "w", encoding="utf-8") as f:
        for topic in ECB_TOPICS:
            for kind in ("ecb", "ecbplus"):
                paths = sorted(glob.glob(f"{data}/events/ecbplus/ECB+/{topic}/{topic}_*{kind}.xml"),
                               key=lambda p: int(re.search(r"_(\d+)", os.path.basename(p)).group(1)))
                for path in paths[:ECB_DOCS_PER_EVENT]:
                    url, title, sentences = ecb_document(path)
                    row = {"id": "ecb-" + os.path.basename(path)[:-4], "url": url, "title": title,
                           "text": "\n\n".join(sentences)}
                    f.write(json.dumps({k: v for k, v in row.items() if v is not None}, ensure_ascii=False) + "\n")


def pages(data, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for path in sorted(glob.glob(f"{data}/extraction/scrapinghub/html/*.html.gz"))[:PAGES]:
        shutil.copy(path, out_dir)


if __name__ == "__main__":
    data, out = sys.argv[1], sys.argv[2]
    wikinews(data, f"{out}/wikinews.jsonl")
    ecbplus(data, f"{out}/ecbplus.jsonl")
    pages(data, f"{out}/pages")
