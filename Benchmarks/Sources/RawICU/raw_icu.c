#include "RawICU.h"
#include <unicode/ubrk.h>
#include <unicode/utext.h>

static int64_t count(UBreakIteratorType type, const char *locale, UText *text) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status)) return -1;
    ubrk_setUText(iterator, text, &status);
    int64_t boundaries = 0;
    int32_t words = 0;
    for (int32_t at = ubrk_next(iterator); at != UBRK_DONE; at = ubrk_next(iterator)) {
        boundaries += 1;
        // Reading the rule status is part of what a tokenizer must do to drop whitespace.
        if (type == UBRK_WORD) words += ubrk_getRuleStatus(iterator) != UBRK_WORD_NONE;
    }
    ubrk_close(iterator);
    return U_FAILURE(status) ? -1 : boundaries + words;
}

int64_t raw_icu_count_boundaries(const char *text, int64_t length, const char *sentence_locale) {
    UErrorCode status = U_ZERO_ERROR;
    UText *utext = utext_openUTF8(NULL, text, length, &status);
    if (U_FAILURE(status)) return -1;
    int64_t sentences = count(UBRK_SENTENCE, sentence_locale, utext);
    int64_t words = count(UBRK_WORD, "en", utext);
    utext_close(utext);
    return sentences < 0 || words < 0 ? -1 : sentences + words;
}
