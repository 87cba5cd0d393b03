#ifndef QUOTIENT_RAW_ICU_H
#define QUOTIENT_RAW_ICU_H
#include <stdint.h>

/// Counts sentence and word boundaries of UTF-8 text with ICU directly (`utext_openUTF8`, `ubrk_next`):
/// the floor any segmenter built on ICU can reach. Returns -1 on an ICU error.
int64_t raw_icu_count_boundaries(const char *text, int64_t length, const char *sentence_locale);

#endif
