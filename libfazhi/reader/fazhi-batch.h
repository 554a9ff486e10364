/* fazhi-batch.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(FAZHI_INSIDE) && !defined(FAZHI_COMPILATION)
#  error "Only <fazhi.h> can be included directly."
#endif

#include <gio/gio.h>

#include "fazhi-reader.h"
#include "fazhi-version-macros.h"

G_BEGIN_DECLS

/* Declarations are aligned in columns by hand. */
/* clang-format off */

#define FAZHI_TYPE_BATCH (fazhi_batch_get_type ())

FAZHI_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (FazhiBatch, fazhi_batch, FAZHI, BATCH, GObject)

FAZHI_AVAILABLE_IN_ALL
FazhiBatch  *fazhi_batch_new             (FazhiReader          *reader);
FAZHI_AVAILABLE_IN_ALL
FazhiReader *fazhi_batch_get_reader      (FazhiBatch           *self);
FAZHI_AVAILABLE_IN_ALL
guint        fazhi_batch_get_n_workers   (FazhiBatch           *self);
FAZHI_AVAILABLE_IN_ALL
void         fazhi_batch_set_n_workers   (FazhiBatch           *self,
                                          guint                 n_workers);
FAZHI_AVAILABLE_IN_ALL
gboolean     fazhi_batch_run             (FazhiBatch           *self,
                                          GListModel           *files,
                                          GCancellable         *cancellable,
                                          GError              **error);
FAZHI_AVAILABLE_IN_ALL
gboolean     fazhi_batch_run_paths       (FazhiBatch           *self,
                                          const char * const   *paths,
                                          GCancellable         *cancellable,
                                          GError              **error);
FAZHI_AVAILABLE_IN_ALL
void         fazhi_batch_run_async       (FazhiBatch           *self,
                                          GListModel           *files,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
FAZHI_AVAILABLE_IN_ALL
gboolean     fazhi_batch_run_finish      (FazhiBatch           *self,
                                          GAsyncResult         *result,
                                          GError              **error);

/* clang-format on */

G_END_DECLS
