/* fazhi-error.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <glib.h>

#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/**
 * FAZHI_ERROR:
 *
 * The error domain for catalogs, policies and the report interchange
 * format.
 */
#define FAZHI_ERROR (fazhi_error_quark ())

/**
 * FAZHI_READER_ERROR:
 *
 * The error domain for reading report text.
 */
#define FAZHI_READER_ERROR (fazhi_reader_error_quark ())

/**
 * FazhiError:
 * @FAZHI_ERROR_FAILED: a failure with no more specific code
 * @FAZHI_ERROR_INVALID_JSON: the text is not well-formed JSON
 * @FAZHI_ERROR_INVALID_REPORT: a report in the interchange format is
 *   malformed (a key has the wrong type, a value is out of range)
 * @FAZHI_ERROR_INVALID_CATALOG: a catalog file is malformed or incomplete
 * @FAZHI_ERROR_INVALID_POLICY: a policy file is malformed
 * @FAZHI_ERROR_UNSUPPORTED_FORMAT: the file declares a format version
 *   this library does not know
 * @FAZHI_ERROR_UNKNOWN_CATALOG: no catalog has the requested id
 * @FAZHI_ERROR_UNKNOWN_ENTRY: a catalog has no entry with the requested slug
 * @FAZHI_ERROR_INVALID_RULE: a rule cannot be added: its id is invalid or
 *   already taken
 *
 * Error codes in the %FAZHI_ERROR domain.
 */
typedef enum
{
  FAZHI_ERROR_FAILED,
  FAZHI_ERROR_INVALID_JSON,
  FAZHI_ERROR_INVALID_REPORT,
  FAZHI_ERROR_INVALID_CATALOG,
  FAZHI_ERROR_INVALID_POLICY,
  FAZHI_ERROR_UNSUPPORTED_FORMAT,
  FAZHI_ERROR_UNKNOWN_CATALOG,
  FAZHI_ERROR_UNKNOWN_ENTRY,
  FAZHI_ERROR_INVALID_RULE,
} FazhiError;

/**
 * FazhiReaderError:
 * @FAZHI_READER_ERROR_EMPTY: the input holds no text at all
 * @FAZHI_READER_ERROR_TOO_LARGE: the input is larger than the reader's
 *   [property@Fazhi.Reader:max-size]
 * @FAZHI_READER_ERROR_BINARY: the input is not text (NUL bytes or control
 *   characters where no text encoding puts them)
 * @FAZHI_READER_ERROR_ENCODING: the input is text in no supported encoding
 *   (UTF-8, GB18030/GBK, UTF-16) or holds an invalid byte sequence
 *
 * Error codes in the %FAZHI_READER_ERROR domain. Every error names the
 * input and, where it applies, the byte offset.
 */
typedef enum
{
  FAZHI_READER_ERROR_EMPTY,
  FAZHI_READER_ERROR_TOO_LARGE,
  FAZHI_READER_ERROR_BINARY,
  FAZHI_READER_ERROR_ENCODING,
} FazhiReaderError;

FAZHI_AVAILABLE_IN_ALL
GQuark fazhi_error_quark        (void);
FAZHI_AVAILABLE_IN_ALL
GQuark fazhi_reader_error_quark (void);

/* clang-format on */

G_END_DECLS
