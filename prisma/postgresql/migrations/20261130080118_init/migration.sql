-- CreateTable
CREATE TABLE "KnowledgeRevision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnowledgeRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "aliases" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CategoryText" (
    "categoryId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "CategoryText_pkey" PRIMARY KEY ("categoryId","lang")
);

-- CreateTable
CREATE TABLE "Resource" (
    "id" SERIAL NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CategoryListing" (
    "categoryId" INTEGER NOT NULL,
    "resourceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "CategoryListing_pkey" PRIMARY KEY ("categoryId","resourceId")
);

-- CreateTable
CREATE TABLE "ResourceText" (
    "resourceId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "ResourceText_pkey" PRIMARY KEY ("resourceId","lang")
);

-- CreateTable
CREATE TABLE "ResourceAlias" (
    "id" SERIAL NOT NULL,
    "resourceId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "ResourceAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceFact" (
    "id" SERIAL NOT NULL,
    "resourceId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ResourceFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceFactText" (
    "factId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "ResourceFactText_pkey" PRIMARY KEY ("factId","lang")
);

-- CreateTable
CREATE TABLE "Relation" (
    "id" SERIAL NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Relation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RelationText" (
    "relationId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "note" TEXT NOT NULL,

    CONSTRAINT "RelationText_pkey" PRIMARY KEY ("relationId","lang")
);

-- CreateTable
CREATE TABLE "Comparison" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Comparison_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComparisonText" (
    "comparisonId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,

    CONSTRAINT "ComparisonText_pkey" PRIMARY KEY ("comparisonId","lang")
);

-- CreateTable
CREATE TABLE "ComparisonMember" (
    "comparisonId" INTEGER NOT NULL,
    "resourceId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ComparisonMember_pkey" PRIMARY KEY ("comparisonId","resourceId")
);

-- CreateTable
CREATE TABLE "ComparisonAspect" (
    "id" SERIAL NOT NULL,
    "comparisonId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ComparisonAspect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComparisonAspectText" (
    "aspectId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "ComparisonAspectText_pkey" PRIMARY KEY ("aspectId","lang")
);

-- CreateTable
CREATE TABLE "ComparisonCell" (
    "aspectId" INTEGER NOT NULL,
    "resourceId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "ComparisonCell_pkey" PRIMARY KEY ("aspectId","resourceId","lang")
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "articleSection" TEXT NOT NULL,
    "articleText" TEXT NOT NULL,
    "resourceId" INTEGER,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorrectionText" (
    "correctionId" INTEGER NOT NULL,
    "lang" TEXT NOT NULL,
    "correct" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "CorrectionText_pkey" PRIMARY KEY ("correctionId","lang")
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

-- AddForeignKey
ALTER TABLE "CategoryText" ADD CONSTRAINT "CategoryText_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "Resource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CategoryListing" ADD CONSTRAINT "CategoryListing_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CategoryListing" ADD CONSTRAINT "CategoryListing_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceText" ADD CONSTRAINT "ResourceText_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceAlias" ADD CONSTRAINT "ResourceAlias_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceFact" ADD CONSTRAINT "ResourceFact_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceFactText" ADD CONSTRAINT "ResourceFactText_factId_fkey" FOREIGN KEY ("factId") REFERENCES "ResourceFact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relation" ADD CONSTRAINT "Relation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Relation" ADD CONSTRAINT "Relation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RelationText" ADD CONSTRAINT "RelationText_relationId_fkey" FOREIGN KEY ("relationId") REFERENCES "Relation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonText" ADD CONSTRAINT "ComparisonText_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonMember" ADD CONSTRAINT "ComparisonMember_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonMember" ADD CONSTRAINT "ComparisonMember_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonAspect" ADD CONSTRAINT "ComparisonAspect_comparisonId_fkey" FOREIGN KEY ("comparisonId") REFERENCES "Comparison"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonAspectText" ADD CONSTRAINT "ComparisonAspectText_aspectId_fkey" FOREIGN KEY ("aspectId") REFERENCES "ComparisonAspect"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonCell" ADD CONSTRAINT "ComparisonCell_aspectId_fkey" FOREIGN KEY ("aspectId") REFERENCES "ComparisonAspect"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComparisonCell" ADD CONSTRAINT "ComparisonCell_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectionText" ADD CONSTRAINT "CorrectionText_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "Correction"("id") ON DELETE CASCADE ON UPDATE CASCADE;
