/** GraphiQL's opening tabs: the questions people bring to kubedex, each runnable as it is. */
export const EXAMPLE_TABS = [
  {
    query: `# A resource as people type it (alias, short name, misspelling), with its facts and neighbours
query Resource {
  resource(name: "deamonset") {
    name
    kubernetes { kind apiVersion shortNames }
    summary(lang: en)
    facts { label(lang: en) value }
    relations { kind from { name } to { name } }
  }
}
`,
  },
  {
    query: `# Search in Japanese or English, typos welcome
query Search {
  search(q: "how do I run a pod on every node", limit: 5) {
    score
    resource { name category { slug } }
    snippet { text }
  }
}
`,
  },
  {
    query: `# What a CronJob creates, level by level
query Chain {
  resource(name: "CronJob") {
    children(depth: 3) { depth resource { name } }
  }
}
`,
  },
  {
    query: `# Two or three resources side by side
query Compare {
  compare(names: ["Deployment", "StatefulSet"]) {
    title(lang: en)
    verdict(lang: en)
    aspects { label(lang: en) cells { resource { name } text(lang: en) } }
  }
}
`,
  },
  {
    query: `# Every category and its resources
query Categories {
  categories {
    slug
    name(lang: en)
    resources(first: 100) { totalCount edges { node { name summary(lang: en) } } }
  }
}
`,
  },
];
