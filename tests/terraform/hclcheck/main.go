// hclcheck: checks .tf files written by `appwrite-schema emit --format terraform` with HashiCorp's
// own HCL library (Debian's golang-github-hashicorp-hcl-v2-dev, built offline in GOPATH mode):
//
//   - the file parses as HCL native syntax;
//   - it is laid out as `terraform fmt` writes it (hclwrite's formatter leaves it unchanged);
//   - against the provider's resource schema (provider_schema.json, transcribed from the provider's
//     docs with their commits): every block and resource type exists, every argument is known and of
//     the right kind, required ones are there, enumerated values are allowed, column arguments apply to
//     the column's type, and every reference (resource attribute, var., local.) resolves;
//   - the references form no cycle, so `terraform apply` has an order to create them in.
//
// Prints "ok FILE: N tables, N columns, N indexes" per file; exits 1 on the first file with problems.
//
//	hclcheck provider_schema.json FILE.tf...
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"
)

type resourceSchema struct {
	Required map[string]string   `json:"required"`
	Optional map[string]string   `json:"optional"`
	ReadOnly map[string]string   `json:"read_only"`
	Values   map[string][]string `json:"values"`
	Applies  map[string][]string `json:"applies"`
	Requires map[string][]string `json:"requires"`
}

type providerSchema struct {
	ProviderSource string                    `json:"provider_source"`
	Provider       map[string]string         `json:"provider"`
	Resources      map[string]resourceSchema `json:"resources"`
}

func (r resourceSchema) argument(name string) (string, bool) {
	if kind, ok := r.Required[name]; ok {
		return kind, true
	}
	kind, ok := r.Optional[name]
	return kind, ok
}

func (r resourceSchema) exported(name string) (string, bool) {
	if kind, ok := r.argument(name); ok {
		return kind, true
	}
	kind, ok := r.ReadOnly[name]
	return kind, ok
}

func contains(list []string, value string) bool {
	for _, item := range list {
		if item == value {
			return true
		}
	}
	return false
}

type checker struct {
	schema    providerSchema
	file      string
	problems  []string
	variables map[string]bool
	locals    map[string]bool
	resources map[string]map[string]*hclsyntax.Block // type -> name -> block
	edges     map[string][]string                    // "type.name" -> referenced "type.name"
}

func (c *checker) fail(rng hcl.Range, format string, args ...interface{}) {
	c.problems = append(c.problems, fmt.Sprintf("%s:%d: %s", c.file, rng.Start.Line, fmt.Sprintf(format, args...)))
}

// The kind of a value: string, bool, number, list_string, or "" when it is something else.
func kindOf(v cty.Value) string {
	if v.IsNull() {
		return "null"
	}
	t := v.Type()
	switch {
	case t == cty.String:
		return "string"
	case t == cty.Bool:
		return "bool"
	case t == cty.Number:
		return "number"
	case t.IsTupleType() || t.IsListType():
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			if e.Type() != cty.String {
				return ""
			}
		}
		return "list_string"
	}
	return ""
}

// The kind a reference yields, checking that it resolves; "" when unknown (var., local.).
func (c *checker) reference(from string, t hcl.Traversal) string {
	root := t.RootName()
	rng := t.SourceRange()
	// var.NAME and local.NAME: declared in the file; their kind is not known here.
	if declared, what := map[string]map[string]bool{"var": c.variables, "local": c.locals}[root],
		map[string]string{"var": "variable", "local": "local value"}[root]; declared != nil {
		if len(t) < 2 {
			c.fail(rng, "a bare %s", root)
		} else if name, ok := t[1].(hcl.TraverseAttr); !ok || !declared[name.Name] {
			c.fail(rng, "an undeclared %s", what)
		}
		return ""
	}
	schema, known := c.schema.Resources[root]
	if !known {
		c.fail(rng, "a reference to %q, which is not a resource type of the provider", root)
		return ""
	}
	if len(t) < 2 {
		c.fail(rng, "a reference to the resource type %s without a name", root)
		return ""
	}
	name, ok := t[1].(hcl.TraverseAttr)
	if !ok || c.resources[root][name.Name] == nil {
		c.fail(rng, "a reference to %s.%s, which is not declared", root, name.Name)
		return ""
	}
	c.edges[from] = append(c.edges[from], root+"."+name.Name)
	if len(t) == 2 {
		return "object"
	}
	attr, ok := t[2].(hcl.TraverseAttr)
	if !ok {
		c.fail(rng, "a reference into %s.%s that is not an attribute", root, name.Name)
		return ""
	}
	kind, ok := schema.exported(attr.Name)
	if !ok {
		c.fail(rng, "%s has no attribute %q", root, attr.Name)
		return ""
	}
	return kind
}

// Checks an argument's value against its kind (and its allowed values).
func (c *checker) argument(from string, name string, expr hclsyntax.Expression, kind string, allowed []string) {
	rng := expr.Range()
	if refs := expr.Variables(); len(refs) > 0 {
		switch e := expr.(type) {
		case *hclsyntax.ScopeTraversalExpr:
			if got := c.reference(from, e.Traversal); got != "" && got != kind {
				c.fail(rng, "%s is a %s, and this reference is a %s", name, kind, got)
			}
		case *hclsyntax.TupleConsExpr:
			if kind != "list_string" {
				c.fail(rng, "%s is a %s, not a list", name, kind)
			}
			for _, item := range e.Exprs {
				c.argument(from, name+"[]", item, "string", nil)
			}
		default:
			for _, t := range refs {
				c.reference(from, t)
			}
		}
		return
	}
	value, diags := expr.Value(nil)
	if diags.HasErrors() {
		c.fail(rng, "%s: %s", name, diags.Error())
		return
	}
	got := kindOf(value)
	if got == "null" {
		return
	}
	if got != kind && !(kind == "list_string" && got == "list_string") {
		c.fail(rng, "%s is a %s, not a %s", name, kind, got)
		return
	}
	if allowed == nil {
		return
	}
	var texts []string
	if kind == "string" {
		texts = []string{value.AsString()}
	} else if kind == "list_string" {
		for it := value.ElementIterator(); it.Next(); {
			_, e := it.Element()
			texts = append(texts, e.AsString())
		}
	}
	for _, text := range texts {
		if !contains(allowed, text) {
			c.fail(rng, "%s takes one of %s, not %q", name, strings.Join(allowed, ", "), text)
		}
	}
}

var metaArguments = map[string]bool{"depends_on": true, "count": true, "for_each": true, "provider": true}

func (c *checker) resource(block *hclsyntax.Block) {
	typ, name := block.Labels[0], block.Labels[1]
	schema := c.schema.Resources[typ]
	from := typ + "." + name
	for _, nested := range block.Body.Blocks {
		if nested.Type != "lifecycle" {
			c.fail(nested.Range(), "%s takes no %s block", typ, nested.Type)
		}
	}
	for argName := range schema.Required {
		if _, ok := block.Body.Attributes[argName]; !ok {
			c.fail(block.Range(), "%s.%s lacks the required argument %s", typ, name, argName)
		}
	}
	columnType := ""
	if attr, ok := block.Body.Attributes["type"]; ok && len(attr.Expr.Variables()) == 0 {
		if v, diags := attr.Expr.Value(nil); !diags.HasErrors() && v.Type() == cty.String {
			columnType = v.AsString()
		}
	}
	if typ == "appwrite_tablesdb_column" && columnType != "" {
		for _, needed := range schema.Requires[columnType] {
			if _, ok := block.Body.Attributes[needed]; !ok {
				c.fail(block.Range(), "a %s column needs %s", columnType, needed)
			}
		}
	}
	names := make([]string, 0, len(block.Body.Attributes))
	for argName := range block.Body.Attributes {
		names = append(names, argName)
	}
	sort.Strings(names)
	for _, argName := range names {
		attr := block.Body.Attributes[argName]
		if argName == "depends_on" {
			tuple, ok := attr.Expr.(*hclsyntax.TupleConsExpr)
			if !ok {
				c.fail(attr.Range(), "depends_on is a list of resources")
				continue
			}
			for _, item := range tuple.Exprs {
				ref, ok := item.(*hclsyntax.ScopeTraversalExpr)
				if !ok || len(ref.Traversal) != 2 {
					c.fail(item.Range(), "depends_on names resources as TYPE.NAME")
					continue
				}
				c.reference(from, ref.Traversal)
			}
			continue
		}
		if metaArguments[argName] {
			continue
		}
		kind, ok := schema.argument(argName)
		if !ok {
			c.fail(attr.Range(), "%s has no argument %q", typ, argName)
			continue
		}
		if types, limited := schema.Applies[argName]; limited && columnType != "" && !contains(types, columnType) {
			c.fail(attr.Range(), "%s does not apply to a %s column", argName, columnType)
		}
		c.argument(from, argName, attr.Expr, kind, schema.Values[argName])
		if printValues && len(attr.Expr.Variables()) == 0 {
			if v, diags := attr.Expr.Value(nil); !diags.HasErrors() && v.Type() == cty.String {
				text, _ := json.Marshal(v.AsString())
				fmt.Printf("%s.%s=%s\n", from, argName, text)
			}
		}
	}
}

// HCLCHECK_VALUES=1: print each literal string argument as TYPE.NAME.ARG="JSON text", so a test can
// compare what Terraform reads with what the config says (escapes, `$${`).
var printValues = os.Getenv("HCLCHECK_VALUES") == "1"

// A cycle in the references, as "a -> b -> a", or "".
func (c *checker) cycle() string {
	state := map[string]int{} // 1 visiting, 2 done
	var path []string
	var visit func(n string) string
	visit = func(n string) string {
		state[n] = 1
		path = append(path, n)
		for _, m := range c.edges[n] {
			if state[m] == 1 {
				return strings.Join(append(path, m), " -> ")
			}
			if state[m] == 0 {
				if found := visit(m); found != "" {
					return found
				}
			}
		}
		path = path[:len(path)-1]
		state[n] = 2
		return ""
	}
	nodes := make([]string, 0, len(c.edges))
	for n := range c.edges {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		if state[n] == 0 {
			if found := visit(n); found != "" {
				return found
			}
		}
	}
	return ""
}

func (c *checker) check(src []byte) {
	if formatted := hclwrite.Format(src); !bytes.Equal(formatted, src) {
		got := strings.Split(string(src), "\n")
		want := strings.Split(string(formatted), "\n")
		for i := 0; i < len(got) && i < len(want); i++ {
			if got[i] != want[i] {
				c.problems = append(c.problems, fmt.Sprintf("%s:%d: not as terraform fmt writes it:\n  have %q\n  want %q",
					c.file, i+1, got[i], want[i]))
				break
			}
		}
		if len(c.problems) == 0 {
			c.problems = append(c.problems, c.file+": not as terraform fmt writes it (line count)")
		}
	}
	file, diags := hclsyntax.ParseConfig(src, c.file, hcl.InitialPos)
	if diags.HasErrors() {
		c.problems = append(c.problems, diags.Error())
		return
	}
	body := file.Body.(*hclsyntax.Body)
	if len(body.Attributes) > 0 {
		for _, attr := range body.Attributes {
			c.fail(attr.Range(), "an argument %q outside any block", attr.Name)
		}
	}
	providers := 0
	for _, block := range body.Blocks {
		switch block.Type {
		case "variable":
			if len(block.Labels) != 1 || c.variables[block.Labels[0]] {
				c.fail(block.Range(), "a variable needs one unique name")
				continue
			}
			c.variables[block.Labels[0]] = true
		case "locals":
			for name := range block.Body.Attributes {
				c.locals[name] = true
			}
		case "resource":
			if len(block.Labels) != 2 {
				c.fail(block.Range(), "a resource needs a type and a name")
				continue
			}
			typ, name := block.Labels[0], block.Labels[1]
			if _, ok := c.schema.Resources[typ]; !ok {
				c.fail(block.Range(), "%q is not a resource type the provider has", typ)
				continue
			}
			if !hclsyntax.ValidIdentifier(name) {
				c.fail(block.Range(), "%q is not a valid resource name", name)
			}
			if c.resources[typ] == nil {
				c.resources[typ] = map[string]*hclsyntax.Block{}
			}
			if c.resources[typ][name] != nil {
				c.fail(block.Range(), "%s.%s is declared twice", typ, name)
			}
			c.resources[typ][name] = block
		case "terraform":
			c.requiredProvider(block)
		case "provider":
			providers++
			if len(block.Labels) != 1 || block.Labels[0] != "appwrite" {
				c.fail(block.Range(), "a provider other than appwrite")
				continue
			}
		case "output":
		default:
			c.fail(block.Range(), "%q is not a Terraform block type", block.Type)
		}
	}
	if providers != 1 {
		c.problems = append(c.problems, fmt.Sprintf("%s: %d provider \"appwrite\" blocks, not 1", c.file, providers))
	}
	for _, block := range body.Blocks {
		switch block.Type {
		case "provider":
			for name, attr := range block.Body.Attributes {
				kind, ok := c.schema.Provider[name]
				if !ok {
					c.fail(attr.Range(), "the provider has no argument %q", name)
					continue
				}
				c.argument("provider", name, attr.Expr, kind, nil)
			}
		case "locals", "variable", "output":
			bodies := []*hclsyntax.Body{block.Body}
			for _, nested := range block.Body.Blocks { // a variable's validation
				bodies = append(bodies, nested.Body)
			}
			for _, b := range bodies {
				for name, attr := range b.Attributes {
					if block.Type == "variable" && name == "type" {
						continue // a type expression (string), not a reference
					}
					for _, t := range attr.Expr.Variables() {
						c.reference(block.Type, t)
					}
				}
			}
		}
	}
	types := make([]string, 0, len(c.resources))
	for typ := range c.resources {
		types = append(types, typ)
	}
	sort.Strings(types)
	for _, typ := range types {
		names := make([]string, 0, len(c.resources[typ]))
		for name := range c.resources[typ] {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			c.resource(c.resources[typ][name])
		}
	}
	if found := c.cycle(); found != "" {
		c.problems = append(c.problems, fmt.Sprintf("%s: the references form a cycle: %s", c.file, found))
	}
}

// terraform { required_providers { appwrite = { source = "appwrite/appwrite" } } }
func (c *checker) requiredProvider(block *hclsyntax.Block) {
	for _, nested := range block.Body.Blocks {
		if nested.Type != "required_providers" {
			continue
		}
		attr, ok := nested.Body.Attributes["appwrite"]
		if !ok {
			c.fail(nested.Range(), "required_providers has no appwrite")
			return
		}
		value, diags := attr.Expr.Value(nil)
		if diags.HasErrors() || !value.Type().IsObjectType() || !value.Type().HasAttribute("source") {
			c.fail(attr.Range(), "appwrite = { source = … } expected")
			return
		}
		if source := value.GetAttr("source"); source.Type() != cty.String || source.AsString() != c.schema.ProviderSource {
			c.fail(attr.Range(), "the provider's source is %s", c.schema.ProviderSource)
		}
		return
	}
	c.fail(block.Range(), "a terraform block without required_providers")
}

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: hclcheck provider_schema.json FILE.tf...")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	var schema providerSchema
	if err := json.Unmarshal(data, &schema); err != nil {
		fmt.Fprintln(os.Stderr, os.Args[1]+":", err)
		os.Exit(2)
	}
	failed := false
	for _, file := range os.Args[2:] {
		src, err := os.ReadFile(file)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		c := &checker{schema: schema, file: file, variables: map[string]bool{}, locals: map[string]bool{},
			resources: map[string]map[string]*hclsyntax.Block{}, edges: map[string][]string{}}
		c.check(src)
		if len(c.problems) > 0 {
			for _, p := range c.problems {
				fmt.Fprintln(os.Stderr, p)
			}
			failed = true
			continue
		}
		fmt.Printf("ok %s: %d databases, %d tables, %d columns, %d indexes\n", file,
			len(c.resources["appwrite_tablesdb"]), len(c.resources["appwrite_tablesdb_table"]),
			len(c.resources["appwrite_tablesdb_column"]), len(c.resources["appwrite_tablesdb_index"]))
	}
	if failed {
		os.Exit(1)
	}
}
