-- CreateTable
CREATE TABLE "ApiToken" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    "lastUsedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Change" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "revision" INTEGER NOT NULL,
    "time" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tokenName" TEXT,
    "operation" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "recordKey" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT
);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "hits" INTEGER NOT NULL,
    "resetAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT ''
);
INSERT INTO "new_Category" ("aliases", "id", "position", "slug") SELECT "aliases", "id", "position", "slug" FROM "Category";
DROP TABLE "Category";
ALTER TABLE "new_Category" RENAME TO "Category";
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");
CREATE TABLE "new_Comparison" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL
);
INSERT INTO "new_Comparison" ("id", "position", "slug") SELECT "id", "position", "slug" FROM "Comparison";
DROP TABLE "Comparison";
ALTER TABLE "new_Comparison" RENAME TO "Comparison";
CREATE UNIQUE INDEX "Comparison_slug_key" ON "Comparison"("slug");
CREATE TABLE "new_Correction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "articleSection" TEXT NOT NULL,
    "articleText" TEXT NOT NULL,
    "resourceId" INTEGER,
    CONSTRAINT "Correction_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Correction" ("articleSection", "articleText", "id", "kind", "position", "resourceId", "slug") SELECT "articleSection", "articleText", "id", "kind", "position", "resourceId", "slug" FROM "Correction";
DROP TABLE "Correction";
ALTER TABLE "new_Correction" RENAME TO "Correction";
CREATE UNIQUE INDEX "Correction_slug_key" ON "Correction"("slug");
CREATE TABLE "new_Relation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Relation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Relation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Relation" ("fromId", "id", "kind", "position", "toId") SELECT "fromId", "id", "kind", "position", "toId" FROM "Relation";
DROP TABLE "Relation";
ALTER TABLE "new_Relation" RENAME TO "Relation";
CREATE INDEX "Relation_toId_idx" ON "Relation"("toId");
CREATE UNIQUE INDEX "Relation_fromId_toId_kind_key" ON "Relation"("fromId", "toId", "kind");
CREATE TABLE "new_Resource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "categoryId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT,
    "apiGroup" TEXT,
    "apiVersion" TEXT,
    "plural" TEXT,
    "singular" TEXT,
    "namespaced" BOOLEAN,
    "verbs" TEXT,
    "servedVersions" TEXT,
    "distribution" TEXT NOT NULL DEFAULT 'builtin',
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
INSERT INTO "new_Resource" ("apiGroup", "apiVersion", "articleSection", "categoryId", "createdAt", "distribution", "docsUrl", "exampleManifest", "fromArticle", "id", "kind", "name", "namespaced", "plural", "position", "servedVersions", "singular", "status", "supersededById", "updatedAt", "variantSelector", "verbs") SELECT "apiGroup", "apiVersion", "articleSection", "categoryId", "createdAt", "distribution", "docsUrl", "exampleManifest", "fromArticle", "id", "kind", "name", "namespaced", "plural", "position", "servedVersions", "singular", "status", "supersededById", "updatedAt", "variantSelector", "verbs" FROM "Resource";
DROP TABLE "Resource";
ALTER TABLE "new_Resource" RENAME TO "Resource";
CREATE UNIQUE INDEX "Resource_name_key" ON "Resource"("name");
CREATE INDEX "Resource_categoryId_idx" ON "Resource"("categoryId");
CREATE INDEX "Resource_kind_idx" ON "Resource"("kind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_name_key" ON "ApiToken"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_hash_key" ON "ApiToken"("hash");

-- CreateIndex
CREATE INDEX "Change_revision_idx" ON "Change"("revision");

-- CreateIndex
CREATE INDEX "Change_recordType_recordKey_idx" ON "Change"("recordType", "recordKey");
