-- CreateTable
CREATE TABLE "KnowledgeRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "CategoryText" (
    "categoryId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    PRIMARY KEY ("categoryId", "lang"),
    CONSTRAINT "CategoryText_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT,
    "apiGroup" TEXT,
    "apiVersion" TEXT,
    "plural" TEXT,
    "namespaced" BOOLEAN,
    "variantSelector" TEXT,
    "status" TEXT NOT NULL DEFAULT 'stable',
    "supersededById" INTEGER,
    "exampleManifest" TEXT,
    "docsUrl" TEXT,
    "articleSection" TEXT,
    "fromArticle" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Resource_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Resource_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "Resource" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CategoryListing" (
    "categoryId" INTEGER NOT NULL,
    "resourceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("categoryId", "resourceId"),
    CONSTRAINT "CategoryListing_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CategoryListing_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResourceText" (
    "resourceId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    PRIMARY KEY ("resourceId", "lang"),
    CONSTRAINT "ResourceText_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResourceAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "resourceId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "ResourceAlias_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResourceFact" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "resourceId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "ResourceFact_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResourceFactText" (
    "factId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "note" TEXT,

    PRIMARY KEY ("factId", "lang"),
    CONSTRAINT "ResourceFactText_factId_fkey" FOREIGN KEY ("factId") REFERENCES "ResourceFact" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Relation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Relation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Relation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RelationText" (
    "relationId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "note" TEXT NOT NULL,

    PRIMARY KEY ("relationId", "lang"),
    CONSTRAINT "RelationText_relationId_fkey" FOREIGN KEY ("relationId") REFERENCES "Relation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Comparison" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "ComparisonText" (
    "comparisonId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,

    PRIMARY KEY ("comparisonId", "lang"),
    CONSTRAINT "ComparisonText_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComparisonMember" (
    "comparisonId" INTEGER NOT NULL,
    "resourceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("comparisonId", "resourceId"),
    CONSTRAINT "ComparisonMember_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ComparisonMember_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComparisonAspect" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "comparisonId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "ComparisonAspect_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComparisonAspectText" (
    "aspectId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    PRIMARY KEY ("aspectId", "lang"),
    CONSTRAINT "ComparisonAspectText_aspectId_fkey" FOREIGN KEY ("aspectId") REFERENCES "ComparisonAspect" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ComparisonCell" (
    "aspectId" INTEGER NOT NULL,
    "resourceId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    PRIMARY KEY ("aspectId", "resourceId", "lang"),
    CONSTRAINT "ComparisonCell_aspectId_fkey" FOREIGN KEY ("aspectId") REFERENCES "ComparisonAspect" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ComparisonCell_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "articleSection" TEXT NOT NULL,
    "articleText" TEXT NOT NULL,
    "resourceId" INTEGER,
    CONSTRAINT "Correction_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CorrectionText" (
    "correctionId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "correct" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    PRIMARY KEY ("correctionId", "lang"),
    CONSTRAINT "CorrectionText_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "Correction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Resource_name_key" ON "Resource"("name");

-- CreateIndex
CREATE INDEX "Resource_categoryId_idx" ON "Resource"("categoryId");

-- CreateIndex
CREATE INDEX "Resource_kind_idx" ON "Resource"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceAlias_normalized_key" ON "ResourceAlias"("normalized");

-- CreateIndex
CREATE INDEX "ResourceAlias_resourceId_idx" ON "ResourceAlias"("resourceId");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceFact_resourceId_key_key" ON "ResourceFact"("resourceId", "key");

-- CreateIndex
CREATE INDEX "Relation_toId_idx" ON "Relation"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "Relation_fromId_toId_kind_key" ON "Relation"("fromId", "toId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Comparison_slug_key" ON "Comparison"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ComparisonAspect_comparisonId_key_key" ON "ComparisonAspect"("comparisonId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Correction_slug_key" ON "Correction"("slug");
