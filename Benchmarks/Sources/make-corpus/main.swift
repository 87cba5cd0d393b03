import BenchmarkCorpus
import Foundation

// Usage: make-corpus news MEGABYTES > news.txt     (synthetic articles, blank-line separated)
//        make-corpus news-jsonl MEGABYTES > in.jsonl (one article per line as {"id","text"})
//        make-corpus vader MEGABYTES > texts.txt   (the VADER development corpus repeated, one text per line)
let arguments = CommandLine.arguments
guard arguments.count == 3, let megabytes = Double(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: make-corpus news|news-jsonl|vader MEGABYTES\n".utf8))
    exit(64)
}
let bytes = Int(megabytes * 1_000_000)
var corpus = NewsCorpus()
let out = FileHandle.standardOutput
switch arguments[1] {
case "news":
    var written = 0
    while written < bytes {
        let chunk = corpus.text(bytes: 1_000_000)
        out.write(Data(chunk.utf8))
        written += chunk.utf8.count
    }
case "news-jsonl":
    var written = 0
    var id = 0
    while written < bytes {
        let article = corpus.article()
        let json = try JSONSerialization.data(withJSONObject: ["id": "doc-\(id)", "text": article], options: [.sortedKeys])
        out.write(json + Data("\n".utf8))
        written += json.count + 1
        id += 1
    }
case "vader":
    let texts = try VaderCorpus.texts(minimumBytes: bytes)
    out.write(Data((texts.joined(separator: "\n") + "\n").utf8))
default:
    FileHandle.standardError.write(Data("unknown corpus \(arguments[1])\n".utf8))
    exit(64)
}
