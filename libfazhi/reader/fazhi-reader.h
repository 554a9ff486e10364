/* fazhi-reader.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <gio/gio.h>

#include "fazhi-catalog.h"
#include "fazhi-document.h"
#include "fazhi-report.h"
#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

/**
 * FAZHI_READER_DEFAULT_MAX_SIZE:
 *
 * The default for [property@Fazhi.Reader:max-size]: 64 MiB.
 */
#define FAZHI_READER_DEFAULT_MAX_SIZE (G_GUINT64_CONSTANT (64) * 1024 * 1024)

#define FAZHI_TYPE_READER (fazhi_reader_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiReader, fazhi_reader, FAZHI, READER, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiReader *fazhi_reader_new                (void);
FAZHI_AVAILABLE_IN_ALL
guint64      fazhi_reader_get_max_size       (FazhiReader          *self);
FAZHI_AVAILABLE_IN_ALL
void         fazhi_reader_set_max_size       (FazhiReader          *self,
                                              guint64               max_size);
FAZHI_AVAILABLE_IN_ALL
void         fazhi_reader_add_outline        (FazhiReader          *self,
                                              FazhiCatalog         *outline);

FAZHI_AVAILABLE_IN_ALL
FazhiReport *fazhi_reader_read_document      (FazhiReader          *self,
                                              FazhiDocument        *document);
FAZHI_AVAILABLE_IN_ALL
FazhiReport *fazhi_reader_read_bytes         (FazhiReader          *self,
                                              GBytes               *bytes,
                                              const char           *name,
                                              GError              **error);
FAZHI_AVAILABLE_IN_ALL
FazhiReport *fazhi_reader_read_text          (FazhiReader          *self,
                                              const char           *text,
                                              gssize                length,
                                              GError              **error);
FAZHI_AVAILABLE_IN_ALL
FazhiReport *fazhi_reader_read_stream        (FazhiReader          *self,
                                              GInputStream         *stream,
                                              const char           *name,
                                              GCancellable         *cancellable,
                                              GError              **error);
FAZHI_AVAILABLE_IN_ALL
FazhiReport *fazhi_reader_read_file          (FazhiReader          *self,
                                              GFile                *file,
                                              GCancellable         *cancellable,
                                              GError              **error);
FAZHI_AVAILABLE_IN_ALL
FazhiReport *fazhi_reader_read_path          (FazhiReader          *self,
                                              const char           *path,
                                              GCancellable         *cancellable,
                                              GError              **error);
FAZHI_AVAILABLE_IN_ALL
void         fazhi_reader_read_file_async    (FazhiReader          *self,
                                              GFile                *file,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
FAZHI_AVAILABLE_IN_ALL
FazhiReport *fazhi_reader_read_file_finish   (FazhiReader          *self,
                                              GAsyncResult         *result,
                                              GError              **error);
FAZHI_AVAILABLE_IN_ALL
void         fazhi_reader_read_bytes_async   (FazhiReader          *self,
                                              GBytes               *bytes,
                                              const char           *name,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
FAZHI_AVAILABLE_IN_ALL
FazhiReport *fazhi_reader_read_bytes_finish  (FazhiReader          *self,
                                              GAsyncResult         *result,
                                              GError              **error);

/* clang-format on */

G_END_DECLS
