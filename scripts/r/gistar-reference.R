#!/usr/bin/env Rscript
# Reference Getis-Ord Gi* for a count grid, computed by spdep, to check the TypeScript giStar.
#
# Usage: Rscript scripts/r/gistar-reference.R input.csv output.csv
#   input.csv  columns ix,iy,count: every cell of a full rectangular extent, any order
#   output.csv columns ix,iy,z,p,p_bh: localG z (queen + self, binary weights), two-sided
#              normal p, and p.adjust(p, "BH"); values printed with 17 significant digits
# Prints "R_SECONDS=<elapsed>": the time of cell2nb + nb2listw + localG + p.adjust only, and
# "R_LOCALG_SECONDS=<elapsed>": localG + p.adjust alone, with the weights already built.

suppressPackageStartupMessages(library(spdep))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: gistar-reference.R input.csv output.csv")

cells <- read.csv(args[1])
min_ix <- min(cells$ix)
min_iy <- min(cells$iy)
ncol <- max(cells$ix) - min_ix + 1
nrow <- max(cells$iy) - min_iy + 1
if (nrow(cells) != ncol * nrow) stop("the grid must hold every cell of its rectangular extent")

# cell2nb numbers regions with the column index varying fastest: region k (0-based) is
# column k %% ncol, row k %/% ncol. Put the cells in that order: row = iy, column = ix.
cells <- cells[order(cells$iy, cells$ix), ]
stopifnot(all(cells$ix - min_ix == (seq_len(nrow(cells)) - 1) %% ncol))

timing <- system.time({
  nb <- cell2nb(nrow, ncol, type = "queen")
  weights <- nb2listw(include.self(nb), style = "B")
  statistic_timing <- system.time({
    z <- as.vector(localG(cells$count, weights))
    p <- 2 * pnorm(abs(z), lower.tail = FALSE)
    p_bh <- p.adjust(p, method = "BH")
  })
})

fmt <- function(v) sprintf("%.17g", v)
out <- data.frame(ix = cells$ix, iy = cells$iy, z = fmt(z), p = fmt(p), p_bh = fmt(p_bh))
write.csv(out, args[2], row.names = FALSE, quote = FALSE)
cat(sprintf("R_SECONDS=%.4f\n", timing[["elapsed"]]))
cat(sprintf("R_LOCALG_SECONDS=%.4f\n", statistic_timing[["elapsed"]]))
