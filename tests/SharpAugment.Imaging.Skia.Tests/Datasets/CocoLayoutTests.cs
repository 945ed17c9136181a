using System.Text.Json.Nodes;
using SharpAugment.Imaging.Skia.Datasets;
using SharpAugment.Pipelines;
using SharpAugment.Transforms;

namespace SharpAugment.Imaging.Skia.Tests.Datasets;

public class CocoLayoutTests
{
    private const string Json = """
    {
      "info": {"description": "test"},
      "categories": [{"id": 1, "name": "person", "keypoints": ["nose", "left_eye", "right_eye"]}, {"id": 2, "name": "ball"}],
      "images": [{"id": 7, "file_name": "a.png", "width": 40, "height": 30}, {"id": 8, "file_name": "b.png", "width": 12, "height": 12}],
      "annotations": [
        {"id": 100, "image_id": 7, "category_id": 1, "iscrowd": 0, "bbox": [4, 5, 10, 8], "area": 80, "keypoints": [8, 6, 2, 6, 7, 1, 12, 7, 2], "num_keypoints": 3},
        {"id": 101, "image_id": 7, "category_id": 2, "iscrowd": 0, "bbox": [30, 20, 5, 5], "area": 25, "segmentation": [[30, 20, 35, 20, 35, 25]]}
      ]
    }
    """;

    private static TempFolder Coco()
    {
        var t = new TempFolder();
        t.Image("src/images/a.png", 40, 30, 1);
        t.Image("src/images/b.png", 12, 12, 2);
        t.Text("src/annotations/instances.json", Json);
        return t;
    }

    private static JsonObject RunCoco(TempFolder t, string pipeline, DatasetAugmentOptions options)
    {
        var p = new TransformRegistry().AddImageTransforms().Parse<Sample>(pipeline);
        var r = new DatasetAugmenter(p, options).Run(DatasetLayout.Open(t["src"]), t["out"]);
        Assert.Equal("coco", r.Layout);
        Assert.Empty(r.Failures);
        return JsonNode.Parse(File.ReadAllText(t["out/annotations/instances.json"]))!.AsObject();
    }

    [Fact]
    public void Load_reads_boxes_keypoints_and_the_left_right_swap()
    {
        using var t = Coco();
        var layout = new CocoLayout(t["src"]);
        var scan = layout.Scan();
        Assert.Equal(["images/a.png", "images/b.png"], scan.Items.Select(i => i.RelativePath));
        var s = layout.Load(scan.Items[0]);
        Assert.Equal([new BoundingBox(4, 5, 14, 13, 0), new BoundingBox(30, 20, 35, 25, 1)], s.Boxes);
        Assert.Equal(3, s.Keypoints.Count);
        // Labels are (annotation * K + slot) * 3 + visibility: left_eye (slot 1, v=1) swaps with right_eye (slot 2).
        Assert.Equal(4, s.Keypoints[1].Label);
        Assert.Equal(7, s.KeypointFlipSwap[4]);
    }

    [Fact]
    public void Annotate_from_a_document_in_memory_gives_what_Load_gives()
    {
        using var t = Coco();
        var layout = new CocoLayout(t["src"]);
        var scan = layout.Scan();
        var loaded = layout.Load(scan.Items[0]);
        var annotated = CocoLayout.Annotate(JsonNode.Parse(Json)!.AsObject(), "a.png", new Sample(loaded.Image));
        Assert.Equal(loaded.Boxes, annotated.Boxes);
        Assert.Equal(loaded.Keypoints, annotated.Keypoints);
        Assert.Equal(loaded.KeypointFlipSwap, annotated.KeypointFlipSwap);
        Assert.Empty(CocoLayout.Annotate(JsonNode.Parse(Json)!.AsObject(), "b.png", new Sample(loaded.Image)).Boxes);
        var missing = Assert.Throws<InvalidDataException>(() => CocoLayout.Annotate(JsonNode.Parse(Json)!.AsObject(), "c.png", new Sample(loaded.Image)));
        Assert.Contains("c.png", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hflip_moves_boxes_and_swaps_left_right_keypoints_with_their_flags()
    {
        using var t = Coco();
        var json = RunCoco(t, "hflip", new DatasetAugmentOptions());
        Assert.Equal("test", json["info"]!["description"]!.GetValue<string>());
        Assert.Equal(2, json["categories"]!.AsArray().Count);
        var images = json["images"]!.AsArray();
        Assert.Equal(["a_aug0.png", "b_aug0.png"], images.Select(i => i!["file_name"]!.GetValue<string>()));
        Assert.Equal([1L, 2L], images.Select(i => i!["id"]!.GetValue<long>()));
        var anns = json["annotations"]!.AsArray();
        Assert.Equal(2, anns.Count);
        Assert.Equal("[26,5,10,8]", anns[0]!["bbox"]!.ToJsonString());
        // nose (8,6,v2) -> (32,6,v2); left slot gets the mirrored right eye (12,7,v2) -> (28,7,v2); right slot the left eye (6,7,v1) -> (34,7,v1).
        Assert.Equal("[32,6,2,28,7,2,34,7,1]", anns[0]!["keypoints"]!.ToJsonString());
        Assert.Equal(3, anns[0]!["num_keypoints"]!.GetValue<int>());
        Assert.Equal("[5,20,5,5]", anns[1]!["bbox"]!.ToJsonString());
        Assert.Null(anns[1]!["segmentation"]);
        Assert.Equal(1L, anns[0]!["image_id"]!.GetValue<long>());
        Assert.Equal(1L, anns[0]!["id"]!.GetValue<long>());
    }

    [Fact]
    public void Two_flips_restore_the_slots_and_originals_keep_their_annotations()
    {
        using var t = Coco();
        var json = RunCoco(t, "hflip | hflip", new DatasetAugmentOptions { IncludeOriginals = true });
        var images = json["images"]!.AsArray().Select(i => i!["file_name"]!.GetValue<string>()).ToArray();
        Assert.Equal(["a.png", "a_aug0.png", "b.png", "b_aug0.png"], images);
        var anns = json["annotations"]!.AsArray();
        // The original keeps every field except ids (its polygon too); the double flip is the identity on boxes and keypoints.
        Assert.Equal("[8,6,2,6,7,1,12,7,2]", anns[0]!["keypoints"]!.ToJsonString());
        Assert.NotNull(anns[1]!["segmentation"]);
        Assert.Equal("[8,6,2,6,7,1,12,7,2]", anns[2]!["keypoints"]!.ToJsonString());
        Assert.Equal("[4,5,10,8]", anns[2]!["bbox"]!.ToJsonString());
        Assert.Equal(File.ReadAllBytes(t["src/images/a.png"]), File.ReadAllBytes(t["out/images/a.png"]));
    }

    [Fact]
    public void A_size_that_disagrees_with_the_json_is_reported()
    {
        using var t = Coco();
        t.Image("src/images/b.png", 13, 12, 2);
        var p = new TransformRegistry().AddImageTransforms().Parse<Sample>("hflip");
        var r = new DatasetAugmenter(p, new DatasetAugmentOptions()).Run(DatasetLayout.Open(t["src"]), t["out"]);
        var f = Assert.Single(r.Failures);
        Assert.Equal("images/b.png", f.Path);
        Assert.Contains("13x12 but annotations/instances.json says 12x12", f.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void For_display_boxes_carry_category_ids_and_keypoints_their_slot()
    {
        using var t = Coco();
        var layout = new CocoLayout(t["src"]);
        var item = layout.Scan().Items[0];
        var shown = layout.ForDisplay(item, layout.Load(item));
        Assert.Equal([1, 2], shown.Boxes.Select(b => b.Label));
        Assert.Equal([0, 1, 2], shown.Keypoints.Select(k => k.Label));
    }
}
