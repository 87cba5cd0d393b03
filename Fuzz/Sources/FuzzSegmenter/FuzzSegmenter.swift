import FuzzSupport
import Quotient

/// Segments arbitrary bytes and checks that every span slices out its own text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let document = try? Segmenter().segment(bytes: bytes) else { return 0 }
    let scalars = Array(document.text.unicodeScalars)
    for span in document.tokens.map(\.span) + document.sentences.map(\.span) + document.paragraphs.map(\.span) {
        precondition(span.scalars.upperBound <= scalars.count && span.utf8.upperBound <= document.text.utf8.count)
        precondition(String(String.UnicodeScalarView(scalars[span.scalars])) == String(document[span]))
    }
    return 0
}

@_cdecl("FuzzSegmenter_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
