/**
 * The round-trip programs the model tests compile: each reads a manifest (one `RootName<TAB>file` per
 * line), parses every file with the model's root type, serializes it back and prints one line per file:
 * the JSON, or `!` and the error (so one bad message does not hide the others).
 */

/** Java: Converter.<Root>FromJsonString → <Root>ToJsonString. */
export function javaProgram(roots: string[]): string {
  const cases = roots.map(
    (r) => `      case "${r}": return Converter.${r}ToJsonString(Converter.${r}FromJsonString(json));`,
  );
  return `import dev.innbyggerpost.models.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
public class RoundTrip {
  static String run(String root, String json) throws Exception {
    switch (root) {
${cases.join("\n")}
      default: throw new IllegalArgumentException("no root " + root);
    }
  }
  public static void main(String[] args) throws Exception {
    java.io.PrintStream out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
    for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
      String[] p = line.split("\\t", 2);
      try {
        out.println(run(p[0], new String(Files.readAllBytes(Paths.get(p[1])), StandardCharsets.UTF_8)));
      } catch (Exception e) {
        out.println("!" + e.toString().replace("\\n", " "));
      }
    }
  }
}
`;
}

/** Python (`python3 -c`, the models on PYTHONPATH): <Root>.from_dict → to_dict. */
export const pythonProgram = `
import json, sys
import innbyggerpost_models as m
for line in open(sys.argv[1], encoding="utf-8").read().splitlines():
    root, path = line.split("\\t", 1)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        print(json.dumps(getattr(m, root).from_dict(data).to_dict()))
    except Exception as e:
        print("!" + repr(e).replace("\\n", " "))
`;

/** Go (standard library only): models.Unmarshal<Root> → Marshal. */
export function goProgram(roots: string[]): string {
  const cases = roots.map(
    (r) =>
      `\tcase "${r}":\n\t\tm, err := models.Unmarshal${r}(data)\n\t\tif err != nil {\n\t\t\treturn nil, err\n\t\t}\n\t\treturn m.Marshal()`,
  );
  return `package main

import (
\t"bufio"
\t"fmt"
\t"os"
\t"strings"

\t"roundtrip/models"
)

func roundTrip(root string, data []byte) ([]byte, error) {
\tswitch root {
${cases.join("\n")}
\t}
\treturn nil, fmt.Errorf("no root %s", root)
}

func main() {
\tmanifest, err := os.ReadFile(os.Args[1])
\tif err != nil {
\t\tpanic(err)
\t}
\tw := bufio.NewWriter(os.Stdout)
\tdefer w.Flush()
\tfor _, line := range strings.Split(strings.TrimRight(string(manifest), "\\n"), "\\n") {
\t\tparts := strings.SplitN(line, "\\t", 2)
\t\tdata, err := os.ReadFile(parts[1])
\t\tif err == nil {
\t\t\tvar out []byte
\t\t\tif out, err = roundTrip(parts[0], data); err == nil {
\t\t\t\tw.Write(out)
\t\t\t\tw.WriteString("\\n")
\t\t\t\tcontinue
\t\t\t}
\t\t}
\t\tfmt.Fprintf(w, "!%s\\n", strings.ReplaceAll(err.Error(), "\\n", " "))
\t}
}
`;
}
