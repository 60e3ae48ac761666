#!/usr/bin/env bash
# The command line of the finsum GitHub Action (action.yml), from its inputs in the environment:
#   FINSUM_SUMMARIES  summary files or globs, space-separated (-> finsum check)
#   FINSUM_DATA       a JSONL/CSV batch (-> finsum eval) instead of summaries
#   FINSUM_SOURCES    directory of articles for --sources;  FINSUM_SOURCE  one article for --source
#   FINSUM_FAIL_ON    --fail-on gate;  FINSUM_FORMAT  output format (default github)
#   FINSUM_ARGS       extra arguments, split on spaces
# Exits with finsum's exit code: 0 clean, 1 findings / failed gate, 2 usage or input error.
set -uo pipefail
shopt -s nullglob globstar

format="${FINSUM_FORMAT:-github}"
read -ra extra <<< "${FINSUM_ARGS:-}"
if [ -n "${FINSUM_DATA:-}" ]; then
  args=(eval "$FINSUM_DATA" --format "$format")
  [ -n "${FINSUM_FAIL_ON:-}" ] && args+=(--fail-on "$FINSUM_FAIL_ON")
else
  # Word-split and glob-expand the summaries input (patterns that match nothing are dropped).
  set -f; read -ra patterns <<< "${FINSUM_SUMMARIES:-}"; set +f
  summaries=()
  for p in "${patterns[@]}"; do
    matched=( $p )
    if [ ${#matched[@]} -eq 0 ] && [ -e "$p" ]; then matched=("$p"); fi
    summaries+=("${matched[@]}")
  done
  if [ ${#summaries[@]} -eq 0 ]; then
    echo "finsum: error: no summary files match '${FINSUM_SUMMARIES:-}' (set the summaries input, or data for eval)" >&2
    exit 2
  fi
  args=(check "${summaries[@]}" --format "$format")
  [ -n "${FINSUM_SOURCES:-}" ] && args+=(--sources "$FINSUM_SOURCES")
  [ -n "${FINSUM_SOURCE:-}" ] && args+=(--source "$FINSUM_SOURCE")
  [ -n "${FINSUM_FAIL_ON:-}" ] && args+=(--fail-on "$FINSUM_FAIL_ON")
fi
exec "${FINSUM:-finsum}" "${args[@]}" "${extra[@]}"
