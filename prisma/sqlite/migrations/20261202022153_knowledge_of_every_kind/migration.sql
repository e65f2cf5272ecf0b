-- AlterTable
ALTER TABLE "ResourceFactText" ADD COLUMN "value" TEXT;

-- CreateTable
CREATE TABLE "ResourceTask" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "resourceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "ResourceTask_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResourceTaskText" (
    "taskId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    PRIMARY KEY ("taskId", "lang"),
    CONSTRAINT "ResourceTaskText_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "ResourceTask" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FieldNote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "resourceId" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "FieldNote_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FieldNoteText" (
    "noteId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "note" TEXT NOT NULL,

    PRIMARY KEY ("noteId", "lang"),
    CONSTRAINT "FieldNoteText_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "FieldNote" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "resourceId" INTEGER NOT NULL,
    "apiVersion" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "introducedIn" TEXT,
    "deprecatedIn" TEXT,
    "removedIn" TEXT,
    "replacement" TEXT,
    CONSTRAINT "ApiVersion_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiVersionText" (
    "apiVersionId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "note" TEXT NOT NULL,

    PRIMARY KEY ("apiVersionId", "lang"),
    CONSTRAINT "ApiVersionText_apiVersionId_fkey" FOREIGN KEY ("apiVersionId") REFERENCES "ApiVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Resource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
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
INSERT INTO "new_Resource" ("apiGroup", "apiVersion", "articleSection", "categoryId", "createdAt", "docsUrl", "exampleManifest", "fromArticle", "id", "kind", "name", "namespaced", "plural", "position", "status", "supersededById", "updatedAt", "variantSelector") SELECT "apiGroup", "apiVersion", "articleSection", "categoryId", "createdAt", "docsUrl", "exampleManifest", "fromArticle", "id", "kind", "name", "namespaced", "plural", "position", "status", "supersededById", "updatedAt", "variantSelector" FROM "Resource";
DROP TABLE "Resource";
ALTER TABLE "new_Resource" RENAME TO "Resource";
CREATE UNIQUE INDEX "Resource_name_key" ON "Resource"("name");
CREATE INDEX "Resource_categoryId_idx" ON "Resource"("categoryId");
CREATE INDEX "Resource_kind_idx" ON "Resource"("kind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ResourceTask_resourceId_position_key" ON "ResourceTask"("resourceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "FieldNote_resourceId_path_key" ON "FieldNote"("resourceId", "path");

-- CreateIndex
CREATE UNIQUE INDEX "ApiVersion_resourceId_apiVersion_key" ON "ApiVersion"("resourceId", "apiVersion");
