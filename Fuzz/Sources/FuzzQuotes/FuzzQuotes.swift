import FuzzSupport
import Quotient

/// Runs the whole analysis on arbitrary bytes and checks quote, speaker and evidence offsets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let analysis = try? Analyzer().analyze(bytes: bytes) else { return 0 }
    let text = String(decoding: bytes, as: UTF8.self)
    let scalars = Array(text.unicodeScalars)
    func check(_ span: TextSpan, _ expected: String) {
        precondition(span.scalars.upperBound <= scalars.count)
        precondition(String(String.UnicodeScalarView(scalars[span.scalars])) == expected)
    }
    for item in analysis.quotes {
        check(item.quote.span, item.quote.text)
        if let speaker = item.quote.speaker { check(speaker.span, speaker.mention) }
        for evidence in item.stance.evidence { check(evidence.span, evidence.text) }
    }
    return 0
}

@_cdecl("FuzzQuotes_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
