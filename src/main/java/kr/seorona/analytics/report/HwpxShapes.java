package kr.seorona.analytics.report;

import kr.dogfoot.hwpxlib.object.content.header_xml.enumtype.ImageEffect;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.DropCapStyle;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HeightRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HorzAlign;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.HorzRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.NumberingType;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextFlowSide;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.TextWrapMethod;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VertAlign;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.VertRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.enumtype.WidthRelTo;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Picture;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.shapeobject.ShapeObject;

/**
 * The shape properties of the report's HWPX tables and pictures: inline (treated as a character in
 * its own paragraph), absolute size in HWPUNIT (1/7200 inch), no outer margin; a picture shows its
 * whole image, unrotated, unscaled, without effects.
 */
final class HwpxShapes {

	/** HWPUNIT per pixel at 96 dpi, the unit of a picture's original pixel size ({@code imgDim}). */
	static final long UNITS_PER_PIXEL = 75;

	private HwpxShapes() {
	}

	static void inline(ShapeObject<?> object, String id, int zOrder, NumberingType numbering, long width, long height) {
		object.id(id);
		object.zOrder(zOrder);
		object.numberingType(numbering);
		object.textWrap(TextWrapMethod.TOP_AND_BOTTOM);
		object.textFlow(TextFlowSide.BOTH_SIDES);
		object.lock(false);
		object.dropcapstyle(DropCapStyle.None);
		object.createSZ();
		object.sz().width(width);
		object.sz().widthRelTo(WidthRelTo.ABSOLUTE);
		object.sz().height(height);
		object.sz().heightRelTo(HeightRelTo.ABSOLUTE);
		object.sz().protect(false);
		object.createPos();
		object.pos().treatAsChar(true);
		object.pos().affectLSpacing(false);
		object.pos().flowWithText(true);
		object.pos().allowOverlap(false);
		object.pos().holdAnchorAndSO(false);
		object.pos().vertRelTo(VertRelTo.PARA);
		object.pos().horzRelTo(HorzRelTo.COLUMN);
		object.pos().vertAlign(VertAlign.TOP);
		object.pos().horzAlign(HorzAlign.LEFT);
		object.pos().vertOffset(0L);
		object.pos().horzOffset(0L);
		object.createOutMargin();
		object.outMargin().set(0L, 0L, 0L, 0L);
	}

	/** The image of a picture already sized by {@link #inline}: the whole PNG stored as {@code binary}. */
	static void image(Picture picture, String binary, PngSize pixels, String comment) {
		long width = picture.sz().width();
		long height = picture.sz().height();
		picture.href("");
		picture.groupLevel((short) 0);
		picture.instid(picture.id());
		picture.reverse(false);
		picture.createOffset();
		picture.offset().set(0L, 0L);
		picture.createOrgSz();
		picture.orgSz().set(width, height);
		picture.createCurSz();
		picture.curSz().set(width, height);
		picture.createFlip();
		picture.flip().horizontal(false);
		picture.flip().vertical(false);
		picture.createRotationInfo();
		picture.rotationInfo().angle((short) 0);
		picture.rotationInfo().centerX(width / 2);
		picture.rotationInfo().centerY(height / 2);
		picture.rotationInfo().rotateimage(true);
		picture.createRenderingInfo();
		picture.renderingInfo().addNewTransMatrix().set(1f, 0f, 0f, 0f, 1f, 0f);
		picture.renderingInfo().addNewScaMatrix().set(1f, 0f, 0f, 0f, 1f, 0f);
		picture.renderingInfo().addNewRotMatrix().set(1f, 0f, 0f, 0f, 1f, 0f);
		picture.createImgRect();
		picture.imgRect().createPt0();
		picture.imgRect().pt0().set(0L, 0L);
		picture.imgRect().createPt1();
		picture.imgRect().pt1().set(width, 0L);
		picture.imgRect().createPt2();
		picture.imgRect().pt2().set(width, height);
		picture.imgRect().createPt3();
		picture.imgRect().pt3().set(0L, height);
		picture.createImgClip();
		picture.imgClip().set(0L, pixels.width() * UNITS_PER_PIXEL, 0L, pixels.height() * UNITS_PER_PIXEL);
		picture.createInMargin();
		picture.inMargin().set(0L, 0L, 0L, 0L);
		picture.createImgDim();
		picture.imgDim().dimwidth(pixels.width() * UNITS_PER_PIXEL);
		picture.imgDim().dimheight(pixels.height() * UNITS_PER_PIXEL);
		picture.createImg();
		picture.img().binaryItemIDRef(binary);
		picture.img().bright(0);
		picture.img().contrast(0);
		picture.img().effect(ImageEffect.REAL_PIC);
		picture.img().alpha(0f);
		picture.createShapeComment();
		picture.shapeComment().addText(comment);
	}

}
