/** Keep in step with package.json; a test checks that they agree. */
export const VERSION = '0.1.0';

export const USAGE = `threatmodel ${VERSION}: STRIDE threat analysis of a system model

Usage:
  threatmodel analyze FILE [--format markdown|json] [--out FILE]
                           [--fail-on SEVERITY] [--rules FILE] [--from FORMAT]
  threatmodel import FILE [--to yaml|json] [--out FILE] [--from FORMAT]
  threatmodel help | --help
  threatmodel --version

Commands:
  analyze   Find threats in a model and write the risk report (Markdown by
            default, or versioned JSON).
  import    Convert a model from another tool into this project's model,
            as YAML (default) or JSON.

Options:
  --format     Report format: markdown or json.
  --out        Write to this file (atomically) instead of standard output.
  --fail-on    Exit with status 1 when any threat's residual severity is at
               or above this: note, low, medium, high or critical.
  --rules      A YAML or JSON file of extra rules and mitigations.
  --from       The input format, when it cannot be told from the file:
               model, mermaid, threat-dragon, threagile, otm or pytm.
  --to         The output format of import: yaml or json.

FILE may be a model (YAML or JSON, optionally with a Mermaid diagram), a bare
Mermaid flowchart (.mmd), or a Threat Dragon, Threagile, OTM or pytm file.
Files over 5 MB are refused.

Exit status: 0 done, 1 --fail-on threshold met, 2 bad input or usage.
Set THREATMODEL_DEBUG=1 to see the details of an internal error.
`;
